using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Construction;

/// <summary>
/// Splits a gross budget across the symbols with a non-flat view in proportion to confidence × |direction|:
/// w_i = sign(d_i) × budget × c_i|d_i| / Σ_j c_j|d_j|. Flat views get 0; no view gets NaN (keep the current position).
/// The sizer then caps each magnitude (the kernel takes min(|w_i|, size_i)).
/// </summary>
public sealed class ConfidenceWeightedConstruction(double grossBudget = 1.0) : IPortfolioConstructionModel
{
    public double GrossBudget { get; } = grossBudget > 0 ? grossBudget
        : throw new ArgumentOutOfRangeException(nameof(grossBudget), grossBudget, "construction: gross budget must be > 0");

    public void CreateTargets(ReadOnlySpan<AlphaInsight> insights, Span<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < insights.Length; i++)
        {
            if (insights[i].HasView) total += insights[i].Confidence * Math.Abs(insights[i].Direction);
        }

        for (var i = 0; i < insights.Length; i++)
        {
            ref readonly var x = ref insights[i];
            if (!x.HasView) weights[i] = double.NaN;
            else if (x.Direction == 0 || total <= 0) weights[i] = 0;
            else weights[i] = Math.Sign(x.Direction) * GrossBudget * x.Confidence * Math.Abs(x.Direction) / total;
        }
    }
}
