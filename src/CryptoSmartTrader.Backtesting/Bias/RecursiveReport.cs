namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>
/// Result of the recursive (warm-up) analysis. <see cref="SufficientWarmup"/> is the shortest tried warm-up whose run
/// agrees with the reference in every insight, decision and order (null when only the reference does).
/// </summary>
public sealed record RecursiveReport(int ReferenceWarmupBars, IReadOnlyList<RecursiveRow> Rows, int? SufficientWarmup)
{
    /// <summary>Features that still differ at the start with the shortest warm-up tried (recursive indicators such as EMA).</summary>
    public IReadOnlyList<string> WarmupSensitiveFeatures =>
        Rows.Count == 0 ? [] : Rows[0].FeatureDeviationAtStart.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToArray();
}
