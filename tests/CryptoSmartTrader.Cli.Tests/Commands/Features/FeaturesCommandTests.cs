using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Features;

/// <summary><c>cst features</c> on the real Binance BTC/USDT hourly file, checked against values computed here from the raw closes.</summary>
public sealed class FeaturesCommandTests : IDisposable
{
    private static readonly string[] Required =
    [
        "sma_20", "ema_20", "wma_20", "rsi_14", "atr_14", "natr_14", "adx_14", "plus_di_14", "minus_di_14", "macd_12_26_9",
        "macd_signal_12_26_9", "macd_hist_12_26_9", "bb_mid_20_2", "bb_upper_20_2", "bb_lower_20_2", "stoch_k_14_3", "stoch_d_14_3_3",
        "cci_20", "willr_14", "roc_10", "mfi_14", "obv", "donchian_upper_20", "donchian_lower_20",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("cst-features-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out => Path.Combine(_dir, "out", "features.csv");

    [Fact]
    public async Task Writes_the_documented_columns_and_values_that_match_an_independent_computation()
    {
        var result = await CliRunner.RunAsync("features", "--exchange", "binance", "--symbol", "BTC/USDT", "--timeframe", "1h", "--set", "ta",
            "--source", Source, "--from", "2024-01-01", "--to", "2024-01-03", "--out", Out);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("wrote 48 rows", result.Out);

        var lines = File.ReadAllLines(Out);
        var header = lines[0].Split(',');
        Assert.Equal(["open_time_ms", "close_time_ms"], header[..2]);
        Assert.All(Required, r => Assert.Contains(r, header));
        Assert.Equal(49, lines.Length);

        var btc = SharedCandles.BinanceHourly("BTC");
        var c = btc.Close.ToArray();
        var v = btc.Volume.ToArray();
        var obv = new double[c.Length];
        for (var i = 1; i < c.Length; i++)
        {
            obv[i] = obv[i - 1] + Math.Sign(c[i] - c[i - 1]) * v[i];
        }

        var rsi = WilderRsi(c, 14);
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var openMs = long.Parse(f[0], CultureInfo.InvariantCulture);
            var i = btc.IndexOfOpenTime(DateTimeOffset.FromUnixTimeMilliseconds(openMs));
            Assert.Equal(btc.CloseTimeMs[i], long.Parse(f[1], CultureInfo.InvariantCulture));
            double Col(string name) => double.Parse(f[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
            Close(c[(i - 19)..(i + 1)].Average(), Col("sma_20"));
            Close(100 * (c[i] / c[i - 10] - 1), Col("roc_10"));
            Close(btc.High[(i - 19)..(i + 1)].ToArray().Max(), Col("donchian_upper_20"));
            Close(btc.Low[(i - 19)..(i + 1)].ToArray().Min(), Col("donchian_lower_20"));
            Close(obv[i], Col("obv"));
            Close(rsi[i], Col("rsi_14"));
        }
    }

    [Fact]
    public async Task Reads_from_the_store_and_leaves_not_ready_values_empty()
    {
        var db = Path.Combine(_dir, "cst.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            await store.ImportAsync(SharedCandles.BinanceHourly("BTC").Slice(0, 100));
        }

        var result = await CliRunner.RunAsync("features", "--symbol", "BTC/USDT", "--db", db, "--set", "ta", "--out", Out, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"rows\": 100", result.Out);
        var lines = File.ReadAllLines(Out);
        Assert.Equal(101, lines.Length);
        var header = lines[0].Split(',');
        var sma = Array.IndexOf(header, "sma_20");
        Assert.Equal(string.Empty, lines[19].Split(',')[sma]); // row 18: 19 bars seen
        Assert.NotEqual(string.Empty, lines[20].Split(',')[sma]);
    }

    [Fact]
    public async Task All_sets_include_every_registered_column()
    {
        // A 1,500-bar store keeps the regime set's mixture fits short; the header does not depend on the history length.
        var db = Path.Combine(_dir, "cst.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            await store.ImportAsync(SharedCandles.BinanceHourly("BTC").Slice(50_000, 1_500));
        }

        var result = await CliRunner.RunAsync("features", "--symbol", "BTC/USDT", "--db", db, "--out", Out);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("--set all without --universe leaves out the cross set", result.Error);
        var header = File.ReadLines(Out).First().Split(',');
        var expected = FeatureSetRegistry.CreateDefault().Sets.SelectMany(s => s.Columns).ToList();
        Assert.Equal(expected, header[2..]);
    }

    [Theory]
    [InlineData(2, "--set: feature set", "--set", "vibes")]
    [InlineData(2, "--symbol", "--symbol", "BTCUSDT")]
    [InlineData(2, "--to", "--from", "2024-02-01", "--to", "2024-01-01")]
    [InlineData(1, "no BTC_USDT-1d", "--timeframe", "1d", "--source", "EMPTY")]
    [InlineData(1, "--source: no such file", "--source", "/nonexistent/folder")]
    [InlineData(1, "store not found", "--db", "/nonexistent/cst.db")]
    [InlineData(1, "no binance BTC/USDT 1h bars open", "--from", "2031-01-01")]
    [InlineData(2, "--set cross needs --universe SYM,SYM", "--set", "cross")]
    [InlineData(2, "--universe: expected comma-separated symbols", "--universe", "BTC/USDT,,ETH/USDT")]
    [InlineData(2, "--universe: symbol: expected BASE/QUOTE", "--universe", "BTC/USDT,ETHUSDT")]
    [InlineData(2, "--universe: ETH/USDT appears more than once", "--universe", "BTC/USDT,ETH/USDT,ETH/USDT")]
    [InlineData(2, "--universe: ETH/BTC is quoted in BTC", "--universe", "BTC/USDT,ETH/BTC")]
    [InlineData(2, "--universe: expected at least one symbol besides --symbol BTC/USDT", "--universe", "BTC/USDT")]
    [InlineData(2, "must include BTC/USDT", "--symbol", "ETH/USDT", "--set", "cross", "--universe", "ETH/USDT,SOL/USDT")]
    [InlineData(2, "--universe: FOO/USDT not found: no FOO_USDT-1h.csv.gz", "--universe", "BTC/USDT,FOO/USDT", "--set", "cross")]
    [InlineData(2, "--universe: needs --source to be a folder", "--source", "BTCFILE", "--set", "regime", "--universe", "BTC/USDT,ETH/USDT")]
    [InlineData(2, "fixed-length timeframe (1m .. 1w), got 1M", "--timeframe", "1M", "--universe", "BTC/USDT,ETH/USDT")]
    public async Task Bad_input_fails_with_a_clear_message(int code, string message, params string[] extra)
    {
        var args = new List<string> { "features", "--out", Out };
        if (!extra.Contains("--symbol"))
        {
            args.AddRange(["--symbol", "BTC/USDT"]);
        }

        if (!extra.Contains("--source") && !extra.Contains("--db"))
        {
            args.AddRange(["--source", Source]);
        }

        args.AddRange(extra.Select(e => e switch
        {
            "EMPTY" => _dir,
            "BTCFILE" => Path.Combine(Source, "BTC_USDT-1h.csv.gz"),
            _ => e,
        }));
        var result = await CliRunner.RunAsync([.. args]);
        Assert.Equal(code, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    private static void Close(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-8 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");

    /// <summary>Textbook Wilder RSI: seed averages over the first <paramref name="n"/> changes, then (prev·(n−1) + x)/n.</summary>
    private static double[] WilderRsi(double[] c, int n)
    {
        var rsi = new double[c.Length];
        double gain = 0, loss = 0;
        for (var i = 1; i < c.Length; i++)
        {
            var d = c[i] - c[i - 1];
            if (i <= n)
            {
                gain += Math.Max(d, 0) / n;
                loss += Math.Max(-d, 0) / n;
            }
            else
            {
                gain = (gain * (n - 1) + Math.Max(d, 0)) / n;
                loss = (loss * (n - 1) + Math.Max(-d, 0)) / n;
            }

            rsi[i] = loss == 0 ? 100 : 100 - 100 / (1 + gain / loss);
        }

        return rsi;
    }
}
