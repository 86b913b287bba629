using CryptoSmartTrader.Features.Sentiment;
using CryptoSmartTrader.TestKit.Datasets;
using Xunit.Abstractions;

namespace CryptoSmartTrader.Features.Tests.Sentiment;

public sealed class LexiconSentimentScorerTests(ITestOutputHelper output)
{
    private readonly LexiconSentimentScorer _scorer = new();

    [Theory]
    [InlineData("SEC approves first spot bitcoin ETF", 1)]
    [InlineData("Exchange announces listing of SOL", 1)]
    [InlineData("Bitcoin hits new all-time high above $70,000", 1)]
    [InlineData("DeFi protocol exploited for $14M", -1)]
    [InlineData("Exchange hacked, hot wallet drained", -1)]
    [InlineData("Binance delists three privacy coins", -1)]
    [InlineData("Developers vanish in suspected rug pull", -1)]
    [InlineData("Bitcoin halving scheduled for April", 1)]
    [InlineData("Gary Gensler to testify before Congress", 0)]
    public void Domain_terms_drive_the_sign(string headline, int expected) => Assert.Equal(expected, Math.Sign(_scorer.RawScore(headline)));

    [Fact]
    public void Negation_flips_and_intensifiers_scale()
    {
        Assert.True(_scorer.RawScore("Exchange was hacked") < 0);
        Assert.True(_scorer.RawScore("Exchange was not hacked") > 0);
        Assert.True(_scorer.RawScore("Regulator doesnt approve the ETF") < 0);
        Assert.Equal(1.5 * _scorer.RawScore("price surges"), _scorer.RawScore("price very surges"), 12);
        Assert.Equal(0.5 * _scorer.RawScore("price falls"), _scorer.RawScore("price slightly falls"), 12);
        Assert.Equal(_scorer.RawScore("Hack"), _scorer.RawScore("HACK"), 12);
        Assert.Equal(0, _scorer.RawScore(""));
        Assert.Throws<ArgumentNullException>(() => _scorer.RawScore(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LexiconSentimentScorer(new LexiconSentimentOptions { PositiveThreshold = -0.1 }));
    }

    [DatasetFact("sentiment/cryptolin_headlines.csv")]
    public void Thresholds_are_chosen_on_the_older_half_and_scored_once_on_the_newer_half()
    {
        var (tune, test) = CryptoLin.ChronologicalSplit();
        var raw = tune.Select(r => _scorer.RawScore(r.Headline)).ToArray();
        var best = (F1: -1.0, Pos: 0.0, Neg: 0.0);
        for (var p = 0.05; p <= 0.801; p += 0.05)
        {
            for (var n = -0.05; n >= -0.801; n -= 0.05)
            {
                var pred = raw.Select(s => Label(s, p, n)).ToArray();
                var f1 = SentimentEvaluation.Of(tune.Select(r => r.Label).ToArray(), pred).MacroF1;
                if (f1 > best.F1 + 1e-12) best = (f1, Math.Round(p, 2), Math.Round(n, 2));
            }
        }

        output.WriteLine($"tune half: {tune.Count} rows {tune[0].Date}..{tune[^1].Date}, best macro-F1 {best.F1:F3} at +{best.Pos} / {best.Neg}");
        var defaults = new LexiconSentimentOptions();
        Assert.Equal(best.Pos, defaults.PositiveThreshold, 9);
        Assert.Equal(best.Neg, defaults.NegativeThreshold, 9);

        var truth = test.Select(r => r.Label).ToArray();
        var lexicon = SentimentEvaluation.Of(truth, test.Select(r => _scorer.Score(r.Headline).Label).ToArray());
        var majorityClass = tune.GroupBy(r => r.Label).MaxBy(g => g.Count())!.Key; // chosen on the tune half too
        var baseline = SentimentEvaluation.Of(truth, truth.Select(_ => majorityClass).ToArray());
        output.WriteLine($"test half: {test.Count} rows {test[0].Date}..{test[^1].Date}");
        output.WriteLine($"lexicon : acc {lexicon.Accuracy:F3} macroF1 {lexicon.MacroF1:F3} (F1 -1 {lexicon.F1Negative:F3}, 0 {lexicon.F1Neutral:F3}, +1 {lexicon.F1Positive:F3})");
        output.WriteLine($"majority ({majorityClass:+0;-0;0}): acc {baseline.Accuracy:F3} macroF1 {baseline.MacroF1:F3}");
        Assert.True(lexicon.Accuracy > baseline.Accuracy);
        Assert.True(lexicon.MacroF1 > baseline.MacroF1);
    }

    [Fact]
    public void Evaluation_metrics_match_a_hand_computed_example()
    {
        // truth  [1, 1, 0, -1]; predicted [1, 0, 0, 1]: accuracy 2/4; F1(+1) = 2·1/(2+1+1) = 0.5, F1(0) = 2/(2+1) = 2/3, F1(−1) = 0.
        var e = SentimentEvaluation.Of([1, 1, 0, -1], [1, 0, 0, 1]);
        Assert.Equal(0.5, e.Accuracy, 12);
        Assert.Equal((0.5 + 2.0 / 3 + 0) / 3, e.MacroF1, 12);
        Assert.Throws<ArgumentException>(() => SentimentEvaluation.Of([1], []));
    }

    private static int Label(double raw, double pos, double neg)
    {
        var s = raw / Math.Sqrt(raw * raw + 4);
        return s >= pos ? 1 : s <= neg ? -1 : 0;
    }
}
