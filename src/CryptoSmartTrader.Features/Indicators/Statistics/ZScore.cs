using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Statistics;

/// <summary>Z-score of the close: (C − SMA)/σ over <c>period</c> bars including the current one (population σ; 0 when σ = 0). Column <c>zscore_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class ZScore : Indicator
{
    private readonly int _period;
    private readonly RollingStats _stats;

    public ZScore(int period = 20)
        : base(IndicatorGuard.Period("zscore", nameof(period), period, 2), $"zscore_{period}")
    {
        _period = period;
        _stats = new RollingStats(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _stats.Add(bar.Close);
        var sd = Math.Sqrt(_stats.PopulationVariance);
        Out[0] = sd > 0 ? (bar.Close - _stats.Mean) / sd : 0;
    }

    protected override void OnReset() => _stats.Reset();

    protected override Indicator CreateFresh() => new ZScore(_period);
}
