namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// Windows and thresholds of the regime rules and of the walk-forward Gaussian-mixture model. Defaults suit hourly bars.
/// </summary>
public sealed class RegimeOptions
{
    public int HurstWindow { get; set; } = 100;
    public int AdxPeriod { get; set; } = 14;
    public int VolatilityWindow { get; set; } = 24;
    public int VolatilityPercentileLookback { get; set; } = 720;
    public int ReturnWindow { get; set; } = 24;
    public int TrendMaWindow { get; set; } = 50;
    public int DrawdownWindow { get; set; } = 72;

    public double TrendAdx { get; set; } = 25;
    public double TrendHurst { get; set; } = 0.5;
    public double ExpansionPercentile { get; set; } = 0.90;
    public double CompressionPercentile { get; set; } = 0.10;
    public double CrashPercentile { get; set; } = 0.80;
    public double CrashReturnSigmas { get; set; } = 3.0;
    public double CrashDrawdown { get; set; } = 0.15;
    public double CrashMaxBreadth { get; set; } = 0.30;

    public int MixtureComponents { get; set; } = 6;
    public int MixtureMinTrainBars { get; set; } = 1000;
    public int MixtureTrainWindow { get; set; } = 2000;
    public int MixtureRefitEvery { get; set; } = 720;
    public int MixtureMaxIterations { get; set; } = 100;
    public int MixtureSeed { get; set; } = 17;

    /// <summary>The bars before the first regime value (the longest warm-up among the inputs).</summary>
    public int WarmUpBars => Math.Max(Math.Max(HurstWindow, 2 * AdxPeriod - 1), Math.Max(VolatilityWindow + VolatilityPercentileLookback - 1,
        Math.Max(ReturnWindow, Math.Max(TrendMaWindow - 1, DrawdownWindow - 1))));

    internal void Validate()
    {
        Check(HurstWindow >= 32, nameof(HurstWindow), HurstWindow, ">= 32");
        Check(AdxPeriod >= 2, nameof(AdxPeriod), AdxPeriod, ">= 2");
        Check(VolatilityWindow >= 2, nameof(VolatilityWindow), VolatilityWindow, ">= 2");
        Check(VolatilityPercentileLookback >= 2, nameof(VolatilityPercentileLookback), VolatilityPercentileLookback, ">= 2");
        Check(ReturnWindow >= 1 && TrendMaWindow >= 2 && DrawdownWindow >= 2, "windows", ReturnWindow, "ReturnWindow >= 1, TrendMaWindow/DrawdownWindow >= 2");
        Check(MixtureComponents is >= 1 and <= 32, nameof(MixtureComponents), MixtureComponents, "in 1..32");
        Check(MixtureMinTrainBars >= 10 * MixtureComponents, nameof(MixtureMinTrainBars), MixtureMinTrainBars, ">= 10 x components");
        Check(MixtureTrainWindow >= MixtureMinTrainBars, nameof(MixtureTrainWindow), MixtureTrainWindow, ">= MixtureMinTrainBars");
        Check(MixtureRefitEvery >= 1, nameof(MixtureRefitEvery), MixtureRefitEvery, ">= 1");
    }

    private static void Check(bool ok, string name, object value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"regime options: {name} must be {expected}, got {value}");
        }
    }
}
