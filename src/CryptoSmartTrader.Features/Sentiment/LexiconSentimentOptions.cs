namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// Decision thresholds of the lexicon scorer on its normalised score s/√(s² + 4). The defaults were chosen on the older
/// half of CryptoLin only (see docs/features.md); the newer half was used once, for the reported figures.
/// </summary>
public sealed class LexiconSentimentOptions
{
    public double PositiveThreshold { get; set; } = 0.05;
    public double NegativeThreshold { get; set; } = -0.45;

    /// <summary>How many following tokens a negation reaches.</summary>
    public int NegationScope { get; set; } = 3;
}
