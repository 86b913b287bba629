using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Bot.Tests.Persistence;

public sealed class BotStoreLiveBarsTests : IDisposable
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T0 = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-live-bars-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Candle Bar(int hour, decimal close) => new(T0.AddHours(hour), T0.AddHours(hour + 1), close - 1m, close + 2m, close - 3m, close, 1.5m);

    [Fact]
    public void Live_bars_round_trip_exactly_are_written_once_and_are_read_up_to_a_close()
    {
        using var store = BotStore.Open(Path.Combine(_dir, "cst.db"));
        store.SaveLiveBars([(Btc, Bar(0, 61000.12345678m)), (Btc, Bar(1, 61100m))], warmup: true);
        store.SaveLiveBars([(Btc, Bar(2, 61200m)), (Btc, Bar(2, 61200m))], warmup: false);

        var upTo2 = store.LiveBars(T0.AddHours(2));
        Assert.Equal([(Btc.ToString(), Bar(0, 61000.12345678m), true), (Btc.ToString(), Bar(1, 61100m), true)], upTo2);
        var all = store.LiveBars(T0.AddHours(3));
        Assert.Equal(3, all.Count);
        Assert.False(all[2].Warmup);

        store.SetState("live_prefix", "cst1");
        store.ClearLiveRun();
        Assert.Empty(store.LiveBars(T0.AddHours(3)));
        Assert.Null(store.State("live_prefix"));
    }
}
