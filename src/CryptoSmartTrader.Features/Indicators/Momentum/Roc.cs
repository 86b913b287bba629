using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>Rate of change in percent: 100·(C / C[−period] − 1). Column <c>roc_{period}</c>; warm-up <c>period + 1</c>.</summary>
public sealed class Roc : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _closes;

    public Roc(int period = 10)
        : base(IndicatorGuard.Period("roc", nameof(period), period) + 1, $"roc_{period}")
    {
        _period = period;
        _closes = new RollingWindow(period + 1);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _closes.Push(bar.Close);
        Out[0] = 100.0 * (bar.Close / _closes.Oldest - 1.0);
    }

    protected override void OnReset() => _closes.Reset();

    protected override Indicator CreateFresh() => new Roc(_period);
}
