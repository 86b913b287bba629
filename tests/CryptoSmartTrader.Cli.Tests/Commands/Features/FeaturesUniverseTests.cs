using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Features;

/// <summary>
/// <c>cst features --universe</c> on real Binance hourly candles: cross-coin columns and the regime set's breadth checked
/// against <see cref="CrossSectionReference"/>, an independent computation by close-time lookup.
/// </summary>
public sealed class FeaturesUniverseTests : IDisposable
{
    private const long Hour = 3_600_000;

    private static readonly string[] CrossColumns =
    [
        "corr_btc_168", "corr_universe_168", "beta_btc_168", "corr_btc_lag1_168", "rs_rank_24", "breadth_50", "dispersion", "universe_n",
        "btc_ret_lag_1", "btc_ret_lag_2", "btc_ret_lag_3",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("cst-features-universe-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    private string Out => Path.Combine(_dir, "features.csv");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Cross_set_matches_an_independent_computation_across_a_real_exchange_outage()
    {
        // 2023-03-24 13:00 UTC: Binance has no hourly bar for any symbol, so ETH itself and every member miss a bar.
        string[] members = ["BTC", "ETH", "SOL", "BNB", "XRP"];
        var result = await CliRunner.RunAsync("features", "--symbol", "ETH/USDT", "--set", "cross", "--universe",
            string.Join(',', members.Select(m => m + "/USDT")), "--source", Source, "--from", "2023-03-23", "--to", "2023-03-27", "--out", Out);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("wrote 95 rows x 11 features (cross) across a 5-symbol universe", result.Out);

        var (header, rows) = ReadCsv(Out);
        Assert.Equal(["open_time_ms", "close_time_ms", .. CrossColumns], header);
        Assert.Equal(95, rows.Count);
        var reference = new CrossSectionReference(
            members.ToDictionary(m => m, m => CrossSectionReference.ClosesByCloseTime(SharedCandles.BinanceHourly(m))), "ETH", Hour);
        AssertMatches(reference, header, rows);

        var afterGap = rows[Close("2023-03-24T15:00:00Z")];
        Assert.Equal("0", Field(header, afterGap, "universe_n")); // no member has the previous close
        Assert.Equal(string.Empty, Field(header, afterGap, "dispersion"));
        Assert.Equal(string.Empty, Field(header, rows[Close("2023-03-24T16:00:00Z")], "btc_ret_lag_1"));
        Assert.NotEqual(string.Empty, Field(header, afterGap, "corr_btc_168")); // 166 of 168 pairs left
    }

    [Fact]
    public async Task A_member_missing_a_bar_is_missing_there_not_filled()
    {
        var db = Path.Combine(_dir, "cst.db");
        var from = DateTimeOffset.Parse("2024-01-01T00:00:00Z", CultureInfo.InvariantCulture);
        var withheldClose = DateTimeOffset.Parse("2024-01-12T10:00:00Z", CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var closes = new Dictionary<string, Dictionary<long, double>>();
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            foreach (var m in new[] { "BTC", "ETH", "SOL" })
            {
                var s = SharedCandles.BinanceHourly(m).SliceByCloseTime(from, from.AddDays(14));
                var drop = m == "SOL" ? withheldClose : (long?)null;
                closes[m] = CrossSectionReference.ClosesByCloseTime(s, drop);
                var at = Array.IndexOf(s.CloseTimeMs.ToArray(), withheldClose);
                if (m == "SOL")
                {
                    await store.ImportAsync(s.Slice(0, at));
                    await store.ImportAsync(s.Slice(at + 1, s.Count - at - 1));
                }
                else
                {
                    await store.ImportAsync(s);
                }
            }
        }

        var result = await CliRunner.RunAsync("features", "--symbol", "ETH/USDT", "--db", db, "--set", "cross", "--universe", "BTC/USDT, SOL/USDT",
            "--from", "2024-01-10", "--out", Out, "--json");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"universe\": [", result.Out);
        var (header, rows) = ReadCsv(Out);
        AssertMatches(new CrossSectionReference(closes, "ETH", Hour), header, rows);
        Assert.Equal("2", Field(header, rows[withheldClose], "universe_n"));
        Assert.Equal("2", Field(header, rows[withheldClose + Hour], "universe_n"));
        Assert.Equal("3", Field(header, rows[withheldClose + 2 * Hour], "universe_n"));
        Assert.Equal("3", Field(header, rows[withheldClose - Hour], "universe_n"));
    }

    [Fact]
    public async Task Universe_feeds_breadth_to_the_regime_crash_rule_and_all_adds_the_cross_columns()
    {
        // History from the first bar to 2018-01-10 (the regime set needs ~750 bars of warm-up); LTC lists mid-December.
        var db = Path.Combine(_dir, "cst.db");
        var until = DateTimeOffset.Parse("2018-01-10T00:00:00Z", CultureInfo.InvariantCulture);
        string[] members = ["BTC", "ETH", "BNB", "LTC"];
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            foreach (var m in members)
            {
                await store.ImportAsync(SharedCandles.BinanceHourly(m).KnownAt(until));
            }
        }

        string[] common = ["features", "--symbol", "ETH/USDT", "--db", db, "--from", "2017-12-01", "--to", "2018-01-01"];
        var plain = await CliRunner.RunAsync([.. common, "--set", "regime", "--out", Out]);
        Assert.True(plain.ExitCode == 0, plain.Error);
        var (plainHeader, plainRows) = ReadCsv(Out);
        var all = await CliRunner.RunAsync([.. common, "--set", "all", "--universe", "BTC/USDT,BNB/USDT,LTC/USDT", "--out", Out]);
        Assert.True(all.ExitCode == 0, all.Error);
        var (header, rows) = ReadCsv(Out);

        var expected = FeatureSetRegistry.CreateDefault().Sets.SelectMany(s => s.Columns).Concat(new CrossCoinFeatures().Columns);
        Assert.Equal(expected, header[2..]);
        var reference = new CrossSectionReference(
            members.ToDictionary(m => m, m => CrossSectionReference.ClosesByCloseTime(SharedCandles.BinanceHourly(m).KnownAt(until))), "ETH", Hour);
        AssertMatches(reference, header, rows);

        const string Crash = "5";
        var changed = 0;
        foreach (var (close, row) in rows)
        {
            var without = Field(plainHeader, plainRows[close], "regime");
            var with = Field(header, row, "regime");
            if (without == Crash && reference.Breadth(close) > 0.30)
            {
                Assert.NotEqual(Crash, with); // most of the market is above its SMA(50): not a capitulation
                changed++;
            }
            else
            {
                Assert.Equal(without, with);
            }
        }

        Assert.True(changed > 0, "expected some ETH crash bars in Dec 2017 to be overruled by breadth");
    }

    [Fact]
    public async Task Missing_member_in_the_store_is_a_usage_error_naming_it()
    {
        var db = Path.Combine(_dir, "cst.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            await store.ImportAsync(SharedCandles.BinanceHourly("BTC").Slice(0, 100));
        }

        var result = await CliRunner.RunAsync("features", "--symbol", "BTC/USDT", "--db", db, "--set", "cross", "--universe", "BTC/USDT,ETH/USDT", "--out", Out);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--universe: ETH/USDT not found: no binance ETH/USDT 1h bars in", result.Error);
    }

    [Fact]
    public async Task Universe_unused_by_the_chosen_set_is_noted_and_not_loaded()
    {
        // ETH is not in this store: a universe the set does not use is not loaded, so it cannot fail.
        var db = Path.Combine(_dir, "cst.db");
        using (var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }))
        {
            await store.ImportAsync(SharedCandles.BinanceHourly("BTC").Slice(0, 100));
        }

        var ta = await CliRunner.RunAsync("features", "--symbol", "BTC/USDT", "--db", db, "--set", "ta", "--universe", "BTC/USDT,ETH/USDT", "--out", Out);
        Assert.True(ta.ExitCode == 0, ta.Error);
        Assert.Contains("--universe is not used by --set ta", ta.Error);
        Assert.DoesNotContain("across a", ta.Out);
    }

    private static long Close(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    private static string Field(string[] header, string[] row, string column) => row[Array.IndexOf(header, column)];

    private static (string[] Header, Dictionary<long, string[]> Rows) ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => long.Parse(f[1], CultureInfo.InvariantCulture));
        return (lines[0].Split(','), rows);
    }

    private static void AssertMatches(CrossSectionReference reference, string[] header, Dictionary<long, string[]> rows)
    {
        Assert.NotEmpty(rows);
        foreach (var (close, row) in rows)
        {
            foreach (var (column, expected) in reference.Row(close))
            {
                var text = Field(header, row, column);
                var at = DateTimeOffset.FromUnixTimeMilliseconds(close).ToString("O", CultureInfo.InvariantCulture);
                if (double.IsNaN(expected))
                {
                    Assert.True(text.Length == 0, $"{column} at {at}: expected missing, got {text}");
                    continue;
                }

                Assert.True(text.Length > 0, $"{column} at {at}: expected {expected:R}, got missing");
                var actual = double.Parse(text, CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{column} at {at}: expected {expected:R}, got {actual:R}");
            }
        }
    }
}
