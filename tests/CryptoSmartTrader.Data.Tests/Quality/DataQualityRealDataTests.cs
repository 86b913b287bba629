using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Data.Tests.Quality;

/// <summary>Expected gaps come from the datasets README (section 1.1 and the table in section 7), deviations from a separate Python check.</summary>
public sealed class DataQualityRealDataTests
{
    private static readonly DateTimeOffset BtcLastClose = new(2025, 5, 16, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Binance_btc_hourly_reports_the_28_published_outages_without_filling_them()
    {
        var series = SharedCandles.BinanceHourly("BTC");
        var report = DataQuality.Analyze(series, BtcLastClose);

        Assert.Equal(67_764, report.Rows);
        Assert.Equal((28, 128L), (report.GapCount, report.MissingBars));
        Assert.Equal(67_764 + 128, report.ExpectedBars);
        var largest = report.Gaps[0];
        Assert.Equal(new CandleGap(new DateTimeOffset(2018, 2, 8, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2018, 2, 9, 10, 0, 0, TimeSpan.Zero), 33), largest);
        Assert.Contains(report.Gaps, g => g.LastBeforeOpen == new DateTimeOffset(2023, 3, 24, 12, 0, 0, TimeSpan.Zero) && g.MissingBars == 1);
        Assert.False(report.Stale);
        Assert.Equal(0, report.Duplicates + report.Invalid);
        Assert.Contains(report.Reasons, r => r.StartsWith("128 missing bars in 28 gaps", StringComparison.Ordinal));
        Assert.InRange(report.Score, 0.95, 1.0);
    }

    [Fact]
    public void Staleness_follows_the_clock()
    {
        var series = SharedCandles.BinanceHourly("BTC");
        var clock = new ManualTimeProvider(BtcLastClose.AddMinutes(30));
        Assert.False(DataQuality.Analyze(series, clock.GetUtcNow()).Stale);

        clock.Advance(TimeSpan.FromHours(2));
        var report = DataQuality.Analyze(series, clock.GetUtcNow());
        Assert.True(report.Stale);
        Assert.False(report.Tradable);
        Assert.Contains(report.Reasons, r => r.StartsWith("stale: newest bar closed 2025-05-16T00:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluating_in_the_past_sees_only_bars_closed_by_then()
    {
        var series = SharedCandles.BinanceHourly("BTC");
        // One hour after the 33-hour outage ended: the newest bar is right after a hole, so the gate must refuse.
        var asOf = new DateTimeOffset(2018, 2, 9, 11, 0, 0, TimeSpan.Zero);
        var report = DataQuality.Analyze(series, asOf);
        Assert.Equal(new DateTimeOffset(2018, 2, 9, 10, 0, 0, TimeSpan.Zero), report.LastOpen);
        Assert.False(report.Stale);
        Assert.False(report.Tradable);
        Assert.Contains(report.Reasons, r => r.StartsWith("recent gap: 33 bars missing", StringComparison.Ordinal));
    }

    [DatasetFact("candles/kraken_spot_1d/XBTUSD-1d.csv.gz")]
    public void Binance_btc_usdt_and_kraken_btc_usd_daily_closes_agree_within_five_percent_except_five_days()
    {
        var binance = SharedCandles.BinanceDaily("BTC");
        var kraken = SharedCandles.Load(Path.Combine("candles", "kraken_spot_1d", "XBTUSD-1d.csv.gz"), Exchange.Kraken, new Symbol("BTC", "USD"), Timeframe.D1);
        var asOf = new DateTimeOffset(2021, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var report = DataQuality.Analyze(binance, asOf, new DataQualityOptions(), kraken);

        var cross = report.CrossExchange!;
        Assert.Equal(Exchange.Kraken, cross.Reference);
        Assert.Equal(1_323, cross.ComparedBars);
        Assert.Equal(5, cross.DeviatingBars);
        Assert.Equal(0.0905758188172887, cross.MaxDeviation, 12);
        Assert.Equal(new DateTimeOffset(2017, 12, 24, 0, 0, 0, TimeSpan.Zero), cross.MaxDeviationClose); // the 2017-12-23 bar
        Assert.True(cross.LatestDeviation < 0.05);
    }
}
