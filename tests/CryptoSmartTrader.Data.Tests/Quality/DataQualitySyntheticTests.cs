using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Data.Tests.Quality;

public sealed class DataQualitySyntheticTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;

    [Fact]
    public void A_single_price_spike_is_an_outlier_and_blocks_trading_while_it_is_recent()
    {
        // A seeded 1 %-per-bar walk; bar 150 jumps +30 % and bar 151 falls back: two return outliers (z ≈ 26).
        var closes = SyntheticCandles.RandomWalk(400, sigma: 0.01).Close.ToArray();
        closes[150] *= 1.3;
        var series = SyntheticCandles.FromCloses(closes);

        var atSpike = DataQuality.Analyze(series, Start.AddHours(151));
        Assert.Equal(1, atSpike.ReturnOutliers);
        Assert.False(atSpike.Tradable);
        Assert.Contains(atSpike.Reasons, r => r.StartsWith("outlier among the newest 3 bars", StringComparison.Ordinal));

        var later = DataQuality.Analyze(series, Start.AddHours(400));
        Assert.Equal(2, later.ReturnOutliers);
        Assert.Equal([Start.AddHours(150), Start.AddHours(151)], later.Outliers.Where(o => o.Kind == "return").Select(o => o.OpenTime).Order());
        Assert.True(later.Tradable, string.Join("; ", later.Reasons));
    }

    [Fact]
    public void A_bar_with_an_extreme_high_low_range_is_a_range_outlier()
    {
        var series = SyntheticCandles.FromCloses(Enumerable.Repeat(100.0, 100).ToArray(), wick: 0.001);
        var b = new CandleSeriesBuilder(series.Exchange, series.Symbol, series.Timeframe, 101);
        foreach (var c in series.AsEnumerable())
        {
            b.Add(c);
        }

        var open = Start.AddHours(100).ToUnixTimeMilliseconds();
        b.Add(open, open + 3_600_000, 100, 150, 99.9, 100, 1);
        var report = DataQuality.Analyze(b.Build(), Start.AddHours(101));
        Assert.Equal(1, report.RangeOutliers);
        Assert.Equal(Start.AddHours(100), report.Outliers.Single().OpenTime);
    }

    [Fact]
    public void Raw_rows_count_duplicates_invalid_and_misaligned_rows_and_score_zero()
    {
        var h = 3_600_000L;
        var t0 = Start.ToUnixTimeMilliseconds();
        var rows = new RawCandleRows(Exchange.Binance, new Symbol("SYN", "USDT"), Timeframe.H1,
            [t0, t0, t0 + h, t0 + 2 * h + 60_000, t0 + 3 * h, t0 + 2 * h, t0 + 4 * h],
            [100, 100, 100, 100, 100, 100, 100],
            [101, 101, 99, 101, 101, 101, 101],
            [99, 99, 98, 99, 99, 99, 99],
            [100, 100, 98.5, 100, 100, 100, double.NaN],
            [1, 1, 1, 1, 1, 1, 1]);
        var report = DataQuality.AnalyzeRaw(rows, Start.AddHours(5));
        Assert.Equal(1, report.Duplicates);
        // high 99 < open 100, misaligned 02:01, out-of-order 02:00 after 03:00, NaN close.
        Assert.Equal(4, report.Invalid);
        Assert.Equal(2, report.Rows);
        Assert.Equal(0, report.Score);
        Assert.False(report.Tradable);
    }

    [Fact]
    public void Empty_window_is_untradable_with_a_reason()
    {
        var report = DataQuality.Analyze(SyntheticCandles.RandomWalk(10), Start.AddMinutes(30));
        Assert.Equal(0, report.Rows);
        Assert.False(report.Tradable);
        Assert.Equal("no 1h bars closed by 2024-01-01T00:30Z", report.Reasons.Single());
    }

    [Fact]
    public void Missing_fraction_above_the_limit_blocks_trading()
    {
        var closes = Enumerable.Range(0, 100).Select(i => 100.0 + (i % 3)).ToList();
        var full = SyntheticCandles.FromCloses(closes);
        var b = new CandleSeriesBuilder(full.Exchange, full.Symbol, full.Timeframe, 100);
        for (var i = 0; i < 100; i++)
        {
            if (i is < 40 or > 44)
            {
                b.Add(full[i]);
            }
        }

        var report = DataQuality.Analyze(b.Build(), Start.AddHours(100), new DataQualityOptions { MaxMissingFraction = 0.02 });
        Assert.Equal((1, 5L), (report.GapCount, report.MissingBars));
        Assert.False(report.Tradable);
        Assert.Equal(0.95, report.Score, 10);
    }
}
