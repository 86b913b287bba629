using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>Williams %R: −100·(HH − C)/(HH − LL) over <c>period</c> bars (−50 when HH = LL). Column <c>willr_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class WilliamsR : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _highs;
    private readonly RollingWindow _lows;

    public WilliamsR(int period = 14)
        : base(IndicatorGuard.Period("willr", nameof(period), period), $"willr_{period}")
    {
        _period = period;
        _highs = new RollingWindow(period);
        _lows = new RollingWindow(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _highs.Push(bar.High);
        _lows.Push(bar.Low);
        var hh = _highs.Max();
        var ll = _lows.Min();
        Out[0] = hh > ll ? -100.0 * (hh - bar.Close) / (hh - ll) : -50.0;
    }

    protected override void OnReset()
    {
        _highs.Reset();
        _lows.Reset();
    }

    protected override Indicator CreateFresh() => new WilliamsR(_period);
}
