using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Statistics;

/// <summary>Population standard deviation of the close over <c>period</c> bars. Column <c>stddev_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class StdDev : Indicator
{
    private readonly int _period;
    private readonly RollingStats _stats;

    public StdDev(int period = 20)
        : base(IndicatorGuard.Period("stddev", nameof(period), period, 2), $"stddev_{period}")
    {
        _period = period;
        _stats = new RollingStats(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _stats.Add(bar.Close);
        Out[0] = Math.Sqrt(_stats.PopulationVariance);
    }

    protected override void OnReset() => _stats.Reset();

    protected override Indicator CreateFresh() => new StdDev(_period);
}
