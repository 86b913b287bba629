using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Donchian channels over the last <c>period</c> bars including the current one: upper = highest high, lower = lowest low,
/// mid = their mean. Columns <c>donchian_upper|donchian_lower|donchian_mid_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class DonchianChannels : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;

    public DonchianChannels(int period = 20)
        : base(IndicatorGuard.Period("donchian", nameof(period), period), $"donchian_upper_{period}", $"donchian_lower_{period}", $"donchian_mid_{period}")
    {
        _period = period;
        _highs = new RollingWindow(period);
        _lows = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _highs.Push(bar.High);
        _lows.Push(bar.Low);
        var hi = _highs.Max();
        var lo = _lows.Min();
        Out[0] = hi;
        Out[1] = lo;
        Out[2] = (hi + lo) / 2;
    }

    protected override void OnReset()
    {
        _highs.Reset();
        _lows.Reset();
    }

    protected override Indicator CreateFresh() => new DonchianChannels(_period);
}
