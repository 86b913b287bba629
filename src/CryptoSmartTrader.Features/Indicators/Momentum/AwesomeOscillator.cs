using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>Bill Williams' Awesome Oscillator: SMA(median, fast) − SMA(median, slow), median = (H + L)/2. Column <c>ao_{fast}_{slow}</c>; warm-up <c>slow</c>.</summary>
public sealed class AwesomeOscillator : Indicator
{
    private readonly int _fast;
    private readonly int _slow;
    private readonly RollingWindow _f;
    private readonly RollingWindow _s;

    public AwesomeOscillator(int fast = 5, int slow = 34)
        : base(IndicatorGuard.Period("ao", nameof(slow), slow), $"ao_{fast}_{slow}")
    {
        IndicatorGuard.Period("ao", nameof(fast), fast);
        IndicatorGuard.Less("ao", nameof(fast), fast, nameof(slow), slow);
        _fast = fast;
        _slow = slow;
        _f = new RollingWindow(fast);
        _s = new RollingWindow(slow);
    }

    protected override void Step(in OhlcvBar bar)
    {
        var m = bar.Median;
        _f.Push(m);
        _s.Push(m);
        Out[0] = _f.Sum / _fast - _s.Sum / _slow;
    }

    protected override void OnReset()
    {
        _f.Reset();
        _s.Reset();
    }

    protected override Indicator CreateFresh() => new AwesomeOscillator(_fast, _slow);
}
