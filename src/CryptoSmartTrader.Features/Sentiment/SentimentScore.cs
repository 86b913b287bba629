namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// A sentiment verdict: <see cref="Score"/> in [−1, 1] and <see cref="Label"/> −1/0/+1, or missing with a reason
/// (the scorer was unavailable or answered nonsense). A missing score is never replaced by a default value.
/// </summary>
public readonly record struct SentimentScore(double Score, int Label, string? MissingReason)
{
    public bool IsMissing => MissingReason is not null;

    public static SentimentScore Missing(string reason) => new(double.NaN, 0, reason);

    public static SentimentScore Of(double score, int label)
    {
        if (!double.IsFinite(score) || score < -1 || score > 1)
            throw new ArgumentOutOfRangeException(nameof(score), score, "sentiment: score must be in [-1, 1]");
        if (label is < -1 or > 1)
            throw new ArgumentOutOfRangeException(nameof(label), label, "sentiment: label must be -1, 0 or 1");
        return new SentimentScore(score, label, null);
    }
}
