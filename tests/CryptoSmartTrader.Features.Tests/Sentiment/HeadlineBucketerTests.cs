using CryptoSmartTrader.Features.Sentiment;
using CryptoSmartTrader.Features.Tests.Regimes;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Sentiment;

public sealed class HeadlineBucketerTests
{
    [Fact]
    public void A_bar_sees_only_news_published_before_its_close()
    {
        var bars = SyntheticCandles.RandomWalk(4); // closes 01:00, 02:00, 03:00, 04:00 on 2024-01-01
        var t0 = SyntheticCandles.DefaultStart;
        var scored = new List<(Headline, SentimentScore)>
        {
            (new Headline(t0.AddMinutes(30), "a"), SentimentScore.Of(0.5, 1)),
            (new Headline(t0.AddHours(1), "b"), SentimentScore.Of(-1, -1)),          // exactly at the 01:00 close: next bar
            (new Headline(t0.AddHours(1).AddMinutes(5), "c"), SentimentScore.Missing("llm down")),
        };
        var cols = HeadlineBucketer.Compute(scored, bars, TimeSpan.FromHours(1));
        Assert.Equal([0.5, -1, double.NaN, double.NaN], cols[0]);
        Assert.Equal([1.0, 2, 0, 0], cols[1]);
        Assert.Equal([0.0, 1, 0, 0], cols[2]); // the missing score is counted as missing, not as neutral
        Assert.Equal(["sent_mean_1h", "sent_count_1h", "sent_missing_1h"], HeadlineBucketer.Columns(TimeSpan.FromHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadlineBucketer.Compute(scored, bars, TimeSpan.Zero));
    }

    [DatasetFact("sentiment/cryptolin_headlines.csv")]
    public void Date_only_headlines_become_visible_after_their_day_ends_on_real_data()
    {
        var row = CryptoLin.Rows.First(r => r.Date == new DateOnly(2021, 2, 8));
        var h = Headline.FromDate(row.Date, row.Headline);
        Assert.Equal(new DateTimeOffset(2021, 2, 9, 0, 0, 0, TimeSpan.Zero), h.PublishedAt);
        var btc = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2021, 2, 8, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 2, 9, 12, 0, 0, TimeSpan.Zero));
        var scorer = new LexiconSentimentScorer();
        var scored = CryptoLin.Rows.Select(r => (Headline.FromDate(r.Date, r.Headline), scorer.Score(r.Headline))).ToArray();
        var cols = HeadlineBucketer.Compute(scored, btc, TimeSpan.FromHours(24));
        var midnight = btc.IndexOfCloseTime(new DateTimeOffset(2021, 2, 9, 0, 0, 0, TimeSpan.Zero));
        var feb8 = CryptoLin.Rows.Count(r => r.Date == new DateOnly(2021, 2, 8));
        var feb7 = CryptoLin.Rows.Count(r => r.Date == new DateOnly(2021, 2, 7));
        Assert.Equal(feb7, cols[1][midnight]);      // the bar closing at 00:00 on the 9th still sees the 7th's news only
        Assert.Equal(feb8, cols[1][midnight + 1]);  // from the next bar on, the 8th's headlines (now a full day old) count

        SignalsPointInTime.Assert(t =>
        {
            var cut = btc.KnownAt(t);
            var known = scored.Where(s => s.Item1.PublishedAt < t).ToArray();
            return (HeadlineBucketer.Compute(known, cut, TimeSpan.FromHours(24)), cut.Count - 1);
        }, cols, btc, samples: 10, seed: 3, minIndex: 0);
    }
}
