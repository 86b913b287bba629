namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>Scores one piece of text (a headline).</summary>
public interface ISentimentScorer
{
    ValueTask<SentimentScore> ScoreAsync(string text, CancellationToken cancellationToken = default);
}
