using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Close-to-close historical volatility: sample standard deviation (divide by n − 1) of the last <c>period</c> log
/// returns ln(C/Cprev), per bar (not annualised, since the bar length varies by timeframe).
/// Column <c>hv_{period}</c>; warm-up <c>period + 1</c>.
/// </summary>
public sealed class HistoricalVolatility : Indicator
{
    private readonly int _period;
    private readonly RollingStats _stats;
    private double _prev;
    private bool _seen;

    public HistoricalVolatility(int period = 20)
        : base(IndicatorGuard.Period("hv", nameof(period), period, 2) + 1, $"hv_{period}")
    {
        _period = period;
        _stats = new RollingStats(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        if (_seen)
        {
            _stats.Add(Math.Log(bar.Close / _prev));
            Out[0] = Math.Sqrt(_stats.SampleVariance);
        }

        _seen = true;
        _prev = bar.Close;
    }

    protected override void OnReset()
    {
        _stats.Reset();
        _seen = false;
    }

    protected override Indicator CreateFresh() => new HistoricalVolatility(_period);
}
