using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Data.Tests.Support;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Data.Tests.Storage;

/// <summary>
/// Imports long enough for the multi-row insert (64 bars per statement, synthetic closes): the same results as bar by bar —
/// counts, the first conflicting index, and nothing stored from a rejected import.
/// </summary>
public sealed class SqliteBatchInsertTests
{
    private static readonly Symbol Syn = new("SYN", "USDT");

    private static double[] Closes(int n) => Enumerable.Range(0, n).Select(i => 100.0 + i * 0.25).ToArray();

    [Fact]
    public async Task Overlapping_import_counts_inserted_and_unchanged_bars_and_loads_them_all()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var closes = Closes(300);
        await store.ImportAsync(SyntheticCandles.FromCloses(closes[..100], symbol: Syn));

        var result = await store.ImportAsync(SyntheticCandles.FromCloses(closes, symbol: Syn));

        Assert.Equal(CandleWriteResult.Ok(200, 100), result);
        var loaded = await store.LoadAsync(Exchange.Binance, Syn, Timeframe.H1);
        Assert.Equal(closes, loaded.Close.ToArray());
        Assert.Equal(300, Assert.Single(await store.ListSeriesAsync()).Rows);
    }

    [Fact]
    public async Task Conflict_inside_a_batch_is_reported_at_its_bar_and_nothing_of_the_import_is_stored()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var closes = Closes(200);
        await store.ImportAsync(SyntheticCandles.FromCloses(closes, symbol: Syn));

        var changed = Closes(300);
        changed[150] += 1; // bar 150 already stored with another close; bars 200..299 are new
        var result = await store.ImportAsync(SyntheticCandles.FromCloses(changed, symbol: Syn));

        Assert.True(result.Rejected);
        Assert.Equal(150, result.ConflictIndex);
        Assert.Contains("never overwritten", result.Error);
        var loaded = await store.LoadAsync(Exchange.Binance, Syn, Timeframe.H1);
        Assert.Equal(closes, loaded.Close.ToArray());
    }

    [Fact]
    public async Task Bar_off_the_close_grid_inside_a_batch_is_rejected_at_its_index()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var b = new CandleSeriesBuilder(Exchange.Binance, Syn, Timeframe.H1);
        var open = SyntheticCandles.DefaultStart.ToUnixTimeMilliseconds();
        for (var i = 0; i < 200; i++)
        {
            var o = open + i * 3_600_000L;
            b.Add(o, o + (i == 130 ? 1_800_000 : 3_600_000), 1, 1, 1, 1, 1);
        }

        var result = await store.ImportAsync(b.Build());

        Assert.Equal(130, result.ConflictIndex);
        Assert.Contains("must close at", result.Error);
        Assert.Empty(await store.ListSeriesAsync());
    }
}
