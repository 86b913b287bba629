using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>Chaikin money flow: Σ(CLV·V) / ΣV over <c>period</c> bars (0 when ΣV is 0). Column <c>cmf_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class ChaikinMoneyFlow : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _flow;
    private readonly RollingWindow _volume;

    public ChaikinMoneyFlow(int period = 20)
        : base(IndicatorGuard.Period("cmf", nameof(period), period), $"cmf_{period}")
    {
        _period = period;
        _flow = new RollingWindow(period);
        _volume = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _flow.Push(MoneyFlow.Clv(bar) * bar.Volume);
        _volume.Push(bar.Volume);
        Out[0] = _volume.Sum > 0 ? _flow.Sum / _volume.Sum : 0;
    }

    protected override void OnReset()
    {
        _flow.Reset();
        _volume.Reset();
    }

    protected override Indicator CreateFresh() => new ChaikinMoneyFlow(_period);
}
