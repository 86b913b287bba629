using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>Chaikin oscillator: EMA(A/D, fast) − EMA(A/D, slow) on the <see cref="AccumulationDistribution"/> line (SMA-seeded EMAs). Column <c>chaikin_osc_{fast}_{slow}</c>; warm-up <c>slow</c>.</summary>
public sealed class ChaikinOscillator : Indicator
{
    private readonly int _fast;
    private readonly int _slow;
    private readonly EmaState _f;
    private readonly EmaState _s;
    private double _ad;

    public ChaikinOscillator(int fast = 3, int slow = 10)
        : base(IndicatorGuard.Period("chaikin_osc", nameof(slow), slow), $"chaikin_osc_{fast}_{slow}")
    {
        IndicatorGuard.Period("chaikin_osc", nameof(fast), fast);
        IndicatorGuard.Less("chaikin_osc", nameof(fast), fast, nameof(slow), slow);
        _fast = fast;
        _slow = slow;
        _f = new EmaState(fast);
        _s = new EmaState(slow);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _ad += MoneyFlow.Clv(bar) * bar.Volume;
        _f.Add(_ad);
        _s.Add(_ad);
        Out[0] = _f.Value - _s.Value;
    }

    protected override void OnReset()
    {
        _f.Reset();
        _s.Reset();
        _ad = 0;
    }

    protected override Indicator CreateFresh() => new ChaikinOscillator(_fast, _slow);
}
