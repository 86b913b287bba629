using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Data.Tests.Support;
using CryptoSmartTrader.TestKit.Builders;
using Microsoft.Data.Sqlite;

namespace CryptoSmartTrader.Data.Tests.Storage;

public sealed class SqliteMarketStoreTests
{
    private static readonly Symbol Syn = new("SYN", "USDT");

    [Fact]
    public void Opening_twice_applies_each_migration_once_and_uses_wal()
    {
        using var temp = new TempFolder();
        using (var store = temp.OpenStore())
        {
            Assert.Equal(SchemaMigrations.All.Max(s => s.Version), store.SchemaVersion);
        }

        using (var again = temp.OpenStore())
        {
            Assert.Equal(SchemaMigrations.All.Max(s => s.Version), again.SchemaVersion);
        }

        using var raw = new SqliteConnection($"Data Source={temp.DbPath};Pooling=False");
        raw.Open();
        Assert.Equal(0, SqliteDatabase.Migrate(raw, TimeProvider.System));
        Assert.Equal(SchemaMigrations.All.Count, Scalar(raw, "SELECT count(*) FROM schema_version;"));
        Assert.Equal("wal", Convert.ToString(new SqliteCommand("PRAGMA journal_mode;", raw).ExecuteScalar()));
    }

    [Fact]
    public async Task Import_then_load_round_trips_every_column()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var series = SyntheticCandles.RandomWalk(500, symbol: Syn);
        var result = await store.ImportAsync(series);
        Assert.Equal(CandleWriteResult.Ok(500, 0), result);

        var loaded = await store.LoadAsync(Exchange.Binance, Syn, Timeframe.H1);
        Assert.Equal(series.OpenTimeMs.ToArray(), loaded.OpenTimeMs.ToArray());
        Assert.Equal(series.CloseTimeMs.ToArray(), loaded.CloseTimeMs.ToArray());
        Assert.Equal(series.Open.ToArray(), loaded.Open.ToArray());
        Assert.Equal(series.High.ToArray(), loaded.High.ToArray());
        Assert.Equal(series.Low.ToArray(), loaded.Low.ToArray());
        Assert.Equal(series.Close.ToArray(), loaded.Close.ToArray());
        Assert.Equal(series.Volume.ToArray(), loaded.Volume.ToArray());
    }

    [Fact]
    public async Task Load_range_is_open_time_from_inclusive_to_exclusive()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        await store.ImportAsync(SyntheticCandles.RandomWalk(48, symbol: Syn));
        var start = SyntheticCandles.DefaultStart;
        var part = await store.LoadAsync(Exchange.Binance, Syn, Timeframe.H1, start.AddHours(10), start.AddHours(20));
        Assert.Equal(10, part.Count);
        Assert.Equal(start.AddHours(10), part.FirstOpenTime);
        Assert.True((await store.LoadAsync(Exchange.Kraken, Syn, Timeframe.H1)).IsEmpty);
    }

    [Fact]
    public async Task Identical_reimport_changes_nothing()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var series = SyntheticCandles.RandomWalk(100, symbol: Syn);
        await store.ImportAsync(series);
        var again = await store.ImportAsync(series);
        Assert.Equal(CandleWriteResult.Ok(0, 100), again);
        Assert.Equal(100, Assert.Single(await store.ListSeriesAsync()).Rows);
    }

    [Fact]
    public async Task Conflicting_bar_rejects_the_whole_batch_and_keeps_stored_values()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var original = SyntheticCandles.FromCloses([100, 101, 102], symbol: Syn);
        await store.ImportAsync(original);

        // Bars 0-1 identical, bar 2 changed, bars 3-4 new: nothing of this batch may be stored.
        var changed = SyntheticCandles.FromCloses([100, 101, 102.5, 103, 104], symbol: Syn);
        var result = await store.ImportAsync(changed);
        Assert.True(result.Rejected);
        Assert.Equal(2, result.ConflictIndex);
        Assert.Contains("never overwritten", result.Error);

        var loaded = await store.LoadAsync(Exchange.Binance, Syn, Timeframe.H1);
        Assert.Equal([100.0, 101, 102], loaded.Close.ToArray());
    }

    [Fact]
    public async Task Last_open_time_and_series_listing_follow_the_stored_bars()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        Assert.Null(await store.LastOpenTimeAsync(Exchange.Binance, Syn, Timeframe.H1));
        Assert.Empty(await store.ListSeriesAsync());

        await store.ImportAsync(SyntheticCandles.RandomWalk(30, symbol: Syn));
        var last = SyntheticCandles.DefaultStart.AddHours(29);
        Assert.Equal(last, await store.LastOpenTimeAsync(Exchange.Binance, Syn, Timeframe.H1));
        var info = Assert.Single(await store.ListSeriesAsync());
        Assert.Equal(new CandleSeriesInfo(Exchange.Binance, Syn, Timeframe.H1, 30, SyntheticCandles.DefaultStart, last), info);
    }

    [Fact]
    public async Task A_bar_whose_close_is_not_open_plus_timeframe_is_rejected()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var b = new CandleSeriesBuilder(Exchange.Binance, Syn, Timeframe.H1);
        var open = SyntheticCandles.DefaultStart.ToUnixTimeMilliseconds();
        b.Add(open, open + 3_600_000, 1, 1, 1, 1, 1);
        b.Add(open + 3_600_000, open + 5_400_000, 1, 1, 1, 1, 1);
        var result = await store.ImportAsync(b.Build());
        Assert.Equal(1, result.ConflictIndex);
        Assert.Contains("must close at 2024-01-01T02:00:00Z", result.Error);
        Assert.Empty(await store.ListSeriesAsync());
    }

    [Fact]
    public async Task Migration_4_backfills_series_counts_of_a_store_written_at_version_3()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.DbPath)!);
        using (var old = new SqliteConnection($"Data Source={temp.DbPath};Pooling=False"))
        {
            old.Open();
            var sql = "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_ms INTEGER NOT NULL);" +
                      string.Concat(SchemaMigrations.All.Where(s => s.Version <= 3).Select(s => s.Sql + $"INSERT INTO schema_version VALUES ({s.Version}, 'old', 0);")) +
                      "INSERT INTO series (id, exchange, symbol, timeframe) VALUES (1, 'binance', 'SYN/USDT', '1h');" +
                      "INSERT INTO candles VALUES (1, 1704067200000, 1704070800000, 1, 2, 1, 2, 5), (1, 1704070800000, 1704074400000, 2, 2, 2, 2, 0);";
            new SqliteCommand(sql, old).ExecuteNonQuery();
        }

        using var store = temp.OpenStore();
        Assert.Equal(SchemaMigrations.All.Max(s => s.Version), store.SchemaVersion); // every later step applied too
        var info = Assert.Single(await store.ListSeriesAsync());
        Assert.Equal((2L, SyntheticCandles.DefaultStart.AddHours(1)), (info.Rows, info.LastOpen));
        var loaded = await store.LoadAsync(Exchange.Binance, Syn, Timeframe.H1);
        Assert.Equal([2.0, 2.0], loaded.Close.ToArray());
    }

    private static long Scalar(SqliteConnection c, string sql) => (long)new SqliteCommand(sql, c).ExecuteScalar()!;
}
