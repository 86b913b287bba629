using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Statistics;

/// <summary>Log return over <c>period</c> bars: ln(C / C[−period]). Column <c>logret_{period}</c>; warm-up <c>period + 1</c>.</summary>
public sealed class LogReturn : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _closes;

    public LogReturn(int period = 1)
        : base(IndicatorGuard.Period("logret", nameof(period), period) + 1, $"logret_{period}")
    {
        _period = period;
        _closes = new RollingWindow(period + 1);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _closes.Push(bar.Close);
        Out[0] = Math.Log(bar.Close / _closes.Oldest);
    }

    protected override void OnReset() => _closes.Reset();

    protected override Indicator CreateFresh() => new LogReturn(_period);
}
