namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>Accuracy and macro-F1 (unweighted mean of the per-class F1 of −1, 0, +1) of predicted labels against truth.</summary>
public sealed record SentimentEvaluation(int Count, double Accuracy, double MacroF1, double F1Negative, double F1Neutral, double F1Positive)
{
    public static SentimentEvaluation Of(IReadOnlyList<int> truth, IReadOnlyList<int> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count || truth.Count == 0)
            throw new ArgumentException($"sentiment evaluation: need equal, non-zero counts, got {truth.Count} labels and {predicted.Count} predictions");
        var correct = 0;
        for (var i = 0; i < truth.Count; i++) if (truth[i] == predicted[i]) correct++;
        double F1(int c)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < truth.Count; i++)
            {
                if (predicted[i] == c && truth[i] == c) tp++;
                else if (predicted[i] == c) fp++;
                else if (truth[i] == c) fn++;
            }

            return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        }

        var (n, z, p) = (F1(-1), F1(0), F1(1));
        return new SentimentEvaluation(truth.Count, (double)correct / truth.Count, (n + z + p) / 3, n, z, p);
    }
}
