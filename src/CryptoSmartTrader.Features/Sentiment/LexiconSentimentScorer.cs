using System.Text.RegularExpressions;

namespace CryptoSmartTrader.Features.Sentiment;

/// <summary>
/// Offline, crypto-aware lexicon scorer. Text is lower-cased and split into word tokens (hyphens and apostrophes kept inside
/// words). Three- and two-word phrases are matched before single words; a word not found is retried without a plural "s".
/// A negator (not, no, never, without, doesn't…) flips the sign of sentiment terms in the next NegationScope tokens; an
/// intensifier (very, massive, biggest…) or downtoner (slightly, minor…) multiplies the next term. The raw sum s becomes
/// s/√(s² + 4) ∈ (−1, 1), and the label follows the thresholds in <see cref="LexiconSentimentOptions"/>.
/// </summary>
public sealed partial class LexiconSentimentScorer : ISentimentScorer
{
    private readonly LexiconSentimentOptions _options;

    public LexiconSentimentScorer(LexiconSentimentOptions? options = null)
    {
        _options = options ?? new LexiconSentimentOptions();
        if (!(_options.NegativeThreshold <= 0 && _options.PositiveThreshold >= 0 && _options.NegativeThreshold < _options.PositiveThreshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options),
                $"lexicon sentiment: thresholds must satisfy negative <= 0 <= positive, got {_options.NegativeThreshold} / {_options.PositiveThreshold}");
        }
    }

    public ValueTask<SentimentScore> ScoreAsync(string text, CancellationToken cancellationToken = default) => ValueTask.FromResult(Score(text));

    public SentimentScore Score(string text)
    {
        var s = RawScore(text);
        var norm = s / Math.Sqrt(s * s + 4);
        var label = norm >= _options.PositiveThreshold ? 1 : norm <= _options.NegativeThreshold ? -1 : 0;
        return SentimentScore.Of(norm, label);
    }

    /// <summary>The unnormalised valence sum (exposed for threshold tuning).</summary>
    public double RawScore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokens().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value).ToArray();
        double sum = 0, multiplier = 1;
        var negateUntil = -1;
        for (var i = 0; i < tokens.Length;)
        {
            var (valence, length) = Lookup(tokens, i);
            if (length == 0)
            {
                if (CryptoLexicon.Negators.Contains(tokens[i])) negateUntil = i + _options.NegationScope;
                else if (CryptoLexicon.Intensifiers.TryGetValue(tokens[i], out var m)) multiplier *= m;
                i++;
                continue;
            }

            var v = valence * multiplier;
            if (i <= negateUntil) v = -v;
            sum += v;
            multiplier = 1;
            i += length;
        }

        return sum;
    }

    private static (double Valence, int Length) Lookup(string[] tokens, int i)
    {
        for (var len = 3; len >= 2; len--)
        {
            if (i + len <= tokens.Length && CryptoLexicon.Phrases.TryGetValue(string.Join(' ', tokens, i, len), out var p)) return (p, len);
        }

        var t = tokens[i];
        if (CryptoLexicon.Phrases.TryGetValue(t, out var single)) return (single, 1);
        if (CryptoLexicon.Words.TryGetValue(t, out var w)) return (w, 1);
        if (t.Length > 3 && t.EndsWith('s') && CryptoLexicon.Words.TryGetValue(t[..^1], out var stem)) return (stem, 1);
        return (0, 0);
    }

    [GeneratedRegex(@"[a-z0-9$%]+(?:['\-][a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
