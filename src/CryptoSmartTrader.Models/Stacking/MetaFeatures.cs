using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Stacking;

/// <summary>
/// Level-1 inputs: for each row of <see cref="Rows"/> (indices into the training set), the base logits per
/// (target, base) in <see cref="Probability"/> and the own-horizon base returns per base in <see cref="Return"/>.
/// </summary>
internal sealed record MetaFeatures(int[] Rows, FeatureRows Probability, FeatureRows Return)
{
    /// <summary>Probabilities are clamped so a base that says 0 or 1 gives a large but finite logit.</summary>
    public static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(q / (1 - q));
    }
}
