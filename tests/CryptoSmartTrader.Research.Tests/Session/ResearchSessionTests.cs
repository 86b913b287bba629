using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class ResearchSessionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-").FullName;

    [Fact]
    public async Task Loads_real_candles_from_the_dataset_folder_through_the_store()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider());
        var from = new DateTimeOffset(2018, 2, 7, 0, 0, 0, TimeSpan.Zero);
        var btc = await session.CandlesAsync("binance", "BTC/USDT", "1h", from, from.AddDays(4));

        // Binance's 33-hour outage on 2018-02-08..09 is in this window and stays a gap (datasets README).
        Assert.Equal(96 - 33, btc.Count);
        var report = ResearchSession.Quality(btc);
        Assert.Contains(report.Gaps, g => g.MissingBars == 33);

        // A second load reads the store without importing again.
        var again = await session.CandlesAsync("binance", "BTC/USDT", "1h", from, from.AddDays(4));
        Assert.Equal(btc.Close.ToArray(), again.Close.ToArray());
    }

    [Fact]
    public async Task Features_are_aligned_with_the_bars_and_match_the_published_formula()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider());
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var eth = await session.CandlesAsync("binance", "ETH/USDT", "1h", from, from.AddDays(10));
        var frame = ResearchSession.Features(eth, "ta");

        Assert.Equal(eth.Count, frame.Rows);
        var sma = frame["sma_20"];
        var closes = eth.Close.ToArray();
        var expected = closes.Skip(eth.Count - 20).Average(); // SMA(20) = mean of the last 20 closes
        Assert.Equal(expected, sma[^1], 9);
        Assert.True(double.IsNaN(sma[0]), "SMA(20) is not defined on the first bar");
        Assert.Throws<KeyNotFoundException>(() => frame["no_such_column"]);
    }

    [Fact]
    public async Task Candle_chart_has_price_volume_and_overlays()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider());
        var from = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var btc = await session.CandlesAsync("binance", "BTC/USDT", "1h", from, from.AddDays(3));
        var figure = ResearchSession.CandleChart(btc, ResearchSession.Features(btc), "sma_20", "rsi_14");
        var json = Plotly.NET.GenericChart.toFigureJson(figure);
        Assert.Contains("\"candlestick\"", json, StringComparison.Ordinal);
        Assert.Contains("sma_20", json, StringComparison.Ordinal);
        Assert.Contains("rsi_14", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_feature_set_names_the_valid_ones()
    {
        var ex = Assert.Throws<ArgumentException>(() => ResearchSession.Features(TestKit.Builders.SyntheticCandles.RandomWalk(50), "nope"));
        Assert.Contains("ta", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
