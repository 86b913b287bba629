using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volume;

/// <summary>Volume z-score: (V − mean V) / σ_V over <c>period</c> bars including the current one (population σ; 0 when σ = 0). Column <c>volume_z_{period}</c>; warm-up <c>period</c>.</summary>
public sealed class VolumeZScore : Indicator
{
    private readonly int _period;
    private readonly RollingStats _stats;

    public VolumeZScore(int period = 20)
        : base(IndicatorGuard.Period("volume_z", nameof(period), period, 2), $"volume_z_{period}")
    {
        _period = period;
        _stats = new RollingStats(period);
    }

    protected override void Step(in OhlcvBar bar)
    {
        _stats.Add(bar.Volume);
        var sd = Math.Sqrt(_stats.PopulationVariance);
        Out[0] = sd > 0 ? (bar.Volume - _stats.Mean) / sd : 0;
    }

    protected override void OnReset() => _stats.Reset();

    protected override Indicator CreateFresh() => new VolumeZScore(_period);
}
