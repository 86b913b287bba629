using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.OrderBook;
using Book = CryptoSmartTrader.Core.Markets.OrderBook;

namespace CryptoSmartTrader.Features.Tests.OrderBook;

public sealed class OrderBookFeaturesTests
{
    [Fact]
    public void Tardis_top5_snapshot_matches_hand_computed_values()
    {
        // First row: ask 11657.08 x 1.714, bid 11657.07 x 10.896; bids 2..5 = 0.2, 0.2, 0.98, 0.111; asks 2..5 = 5.4, 0.238, 0.077, 0.918.
        var f = OrderBookFeatures.Compute(RecordedBooks.Tardis("tardis_binance-futures_BTCUSDT_book_snapshot_5_2020-09-01.csv")[0]);
        const double mid = 11657.075;
        Assert.Equal(0.01 / mid * 1e4, f.SpreadBps, 9);
        Assert.Equal((11657.07 * 1.714 + 11657.08 * 10.896) / 12.61, f.Microprice, 8);
        Assert.Equal((10.896 - 1.714) / 12.61, f.Imbalance1, 12);
        const double bid5 = 10.896 + 0.2 + 0.2 + 0.98 + 0.111, ask5 = 1.714 + 5.4 + 0.238 + 0.077 + 0.918;
        Assert.Equal((bid5 - ask5) / (bid5 + ask5), f.Imbalance5, 12);
        Assert.Equal(f.Imbalance5, f.Imbalance20, 12); // only 5 levels recorded
        // Five levels span < 1 bp: the depth within 10 bps is unknown, not the 5-level sum.
        Assert.True(double.IsNaN(f.BidDepth10Bps) && double.IsNaN(f.AskDepth100Bps));
        // Slope through the origin of cumulative bid size on distance (bps) over the 5 bid levels.
        double[] bp = [11657.07, 11656.97, 11655.78, 11655.77, 11655.68];
        double[] bq = [10.896, 0.2, 0.2, 0.98, 0.111];
        double cum = 0, sdq = 0, sdd = 0;
        for (var i = 0; i < 5; i++) { cum += bq[i]; var d = (mid - bp[i]) / mid * 1e4; sdq += d * cum; sdd += d * d; }
        Assert.Equal(sdq / sdd, f.BidSlope, 8);
    }

    [Fact]
    public void Bybit_500_level_snapshot_supports_every_depth_band()
    {
        var f = OrderBookFeatures.Compute(RecordedBooks.BybitSnapshot());
        // best bid 1.9531 x 6203, best ask 1.9532 x 10480 (first line of the recorded feed)
        Assert.Equal(0.0001 / 1.95315 * 1e4, f.SpreadBps, 9);
        Assert.Equal((6203.0 - 10480) / (6203 + 10480), f.Imbalance1, 12);
        Assert.Equal((1.9531 * 10480 + 1.9532 * 6203) / 16683, f.Microprice, 12);
        // Sums of the recorded sizes inside each band (book spans 1.9031 .. 2.0031, i.e. beyond 100 bps either side).
        Assert.Equal(319994, f.BidDepth10Bps);
        Assert.Equal(294098, f.AskDepth10Bps);
        Assert.Equal(1923780, f.BidDepth50Bps);
        Assert.Equal(2081195, f.AskDepth50Bps);
        Assert.Equal(4035782, f.BidDepth100Bps);
        Assert.Equal(5068563, f.AskDepth100Bps);
        Assert.Equal(-0.37557352449017045, f.Imbalance5, 12);
        Assert.True(f.BidSlope > 0 && f.AskSlope > 0);
    }

    [Fact]
    public void Kraken_rest_fixture_shows_a_band_proven_empty_and_a_band_that_cannot_be_known()
    {
        // bids 30297.0 x 1.115, 30296.7 x 2.002, 30289.8 x 5.001; asks 30384.1 x 2.059, 30387.9 x 1.5, 30393.7 x 9.871
        var f = OrderBookFeatures.Compute(RecordedBooks.KrakenRestFixture());
        const double mid = (30297.0 + 30384.1) / 2;
        Assert.Equal(87.1 / mid * 1e4, f.SpreadBps, 9);
        Assert.Equal(((1.115 + 2.002 + 5.001) - (2.059 + 1.5 + 9.871)) / (1.115 + 2.002 + 5.001 + 2.059 + 1.5 + 9.871), f.Imbalance5, 12);
        // 10 bps around the mid holds no level, and the first level beyond it proves that: 0, not NaN.
        Assert.Equal(0, f.BidDepth10Bps);
        Assert.Equal(0, f.AskDepth10Bps);
        // Within 50 bps all three recorded levels lie inside and the book stops there: the true depth is unknown.
        Assert.True(double.IsNaN(f.BidDepth50Bps) && double.IsNaN(f.AskDepth50Bps));
    }

    [Fact]
    public void One_sided_binance_snapshot_reports_what_cannot_be_known_as_missing()
    {
        var book = RecordedBooks.BinanceDepthSnapshot();
        Assert.Equal(100, book.Bids.Count);
        Assert.Empty(book.Asks);
        var f = OrderBookFeatures.Compute(book);
        Assert.True(double.IsNaN(f.SpreadBps) && double.IsNaN(f.Mid) && double.IsNaN(f.Microprice) && double.IsNaN(f.BidDepth10Bps));
        Assert.Equal(1.0, f.Imbalance1);
        Assert.Equal(OrderBookFeatureValues.Columns.Length, f.ToArray().Length);
    }

    [Fact]
    public void Bad_input_is_rejected_or_reported()
    {
        var s = new Symbol("BTC", "USDT");
        var t = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.False(Book.TryCreate(Exchange.Binance, s, t, [new BookLevel(101, 1)], [new BookLevel(100, 1)], null, out _, out var crossed));
        Assert.Contains("crossed", crossed);
        var empty = Book.Create(Exchange.Binance, s, t, [], []);
        Assert.All(OrderBookFeatures.Compute(empty).ToArray(), v => Assert.True(double.IsNaN(v)));
        var book = Book.Create(Exchange.Binance, s, t, [new BookLevel(99, 1)], [new BookLevel(101, 3)]);
        Assert.Contains("bps must be a finite number > 0", Assert.Throws<ArgumentOutOfRangeException>(() => OrderBookFeatures.DepthWithin(book, 0)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderBookFeatures.DepthWithin(book, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderBookFeatures.Imbalance(book, 0));
        Assert.Throws<ArgumentNullException>(() => OrderBookFeatures.Compute(null!));
        Assert.Equal(-0.5, OrderBookFeatures.Imbalance(book, 1));
        // Mid 100: the recorded levels (99, 101) end inside a 200-bps band, so its depth is unknown; the 50-bps band is provably empty.
        Assert.Equal((double.NaN, double.NaN), OrderBookFeatures.DepthWithin(book, 200));
        Assert.Equal((0.0, 0.0), OrderBookFeatures.DepthWithin(book, 50));
    }
}
