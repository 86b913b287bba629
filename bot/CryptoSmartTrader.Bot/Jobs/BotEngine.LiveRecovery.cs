using System.Globalization;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Trading.Kernel;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Jobs;

internal sealed partial class BotEngine
{
    /// <summary>The kernel's state right after a paper/shadow live-data restart rebuilt it (null when nothing was rebuilt).</summary>
    public LiveRecoveryState? Recovered { get; private set; }

    // Paper/shadow on live data after a restart: the bars this store recorded up to the cursor, split into the first
    // run's warm-up and its traded steps. Null when there is nothing to rebuild (fresh store, or a cursor from another mode).
    private static (List<(int, Candle)> Warmup, List<(int, Candle)> Steps)? StoredLiveRun(BotStore store, Strategy strategy, DateTimeOffset? cursor)
    {
        if (cursor is null || store.State("live_prefix") is null) return null;
        var index = strategy.Symbols.Select((s, i) => (s.ToString(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
        var warm = new List<(int, Candle)>();
        var steps = new List<(int, Candle)>();
        foreach (var (symbol, candle, warmup) in store.LiveBars(cursor.Value))
        {
            if (index.TryGetValue(symbol, out var i)) (warmup ? warm : steps).Add((i, candle));
        }

        return warm.Count + steps.Count > 0 ? (warm, steps) : null;
    }

    // The first run's warm-up bars (from the store, not the exchange, so the kernel's state comes out identical) and its gap blocks.
    private void RestoreLiveRun(Strategy strategy, LiveSeriesBook book, GapBook gaps, List<(int Symbol, Candle Candle)> warmup)
    {
        foreach (var g in warmup.GroupBy(w => w.Symbol)) book.Append(g.Key, g.Select(x => x.Candle));
        var names = strategy.Symbols.Select(x => x.ToString()).ToList();
        foreach (var (symbol, from, until, reason) in _store!.LiveGaps())
        {
            if (names.IndexOf(symbol) is var i and >= 0) gaps.Restore(i, from, until, reason);
        }
    }

    // Re-runs the committed steps exactly as they ran (same bars, same gap blocks, orders refused nowhere), so the paper
    // venue rebuilds its positions and working orders under the same client order ids; then the usual reconciliation.
    private void RebuildLiveRun(BotSession session, LiveSeriesBook book, List<(int Symbol, Candle Candle)> steps, DateTimeOffset cursor)
    {
        session.Crash.Armed = false;
        foreach (var g in steps.GroupBy(s => s.Symbol)) book.Append(g.Key, g.Select(x => x.Candle));
        foreach (var close in steps.GroupBy(s => s.Candle.CloseTime).OrderBy(g => g.Key))
        {
            RunCycle(session, new BarBatch(close.Key, close.Select(x => (x.Symbol, Bar.FromCandle(x.Candle))).ToList()), persist: false);
        }

        Reconcile(session, cursor);
        lock (session.Gate)
        {
            var k = session.Kernel;
            Recovered = new LiveRecoveryState(cursor, k.Portfolio.Cash.ToDictionary(), k.Portfolio.Positions.ToDictionary(p => p.Symbol.ToString(), p => p.Quantity),
                k.OpenOrders.Select(o => o.ClientOrderId).Order(StringComparer.Ordinal).ToList(), steps.Select(s => s.Candle.CloseTime).Distinct().Count());
        }

        var msg = string.Create(CultureInfo.InvariantCulture, $"{options.Mode} on live data: restarted from the store, {Recovered.Steps} stored steps re-run up to {cursor:O}; {_reconcileOutcome}");
        _reconcileOutcome = msg;
        status.AddNotice(msg);
        live.Logger.LogInformation("{Outcome}", msg);
    }

    // Each live candle the kernel consumes is written before its step commits: to the bot's table (what the restart
    // re-runs, exactly) and to the market-data candle store (so the series is there for research too).
    private async Task PersistLiveBarsAsync(Strategy strategy, IReadOnlyList<(int Symbol, Candle Candle)> bars, bool warmup, CancellationToken ct)
    {
        if (bars.Count == 0) return;
        _store!.SaveLiveBars(bars.Select(b => (strategy.Symbols[b.Symbol], b.Candle)), warmup);
        using var market = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = options.DbPath });
        foreach (var g in bars.GroupBy(b => b.Symbol))
        {
            var builder = new CandleSeriesBuilder(strategy.Exchange, strategy.Symbols[g.Key], strategy.Timeframe, g.Count());
            foreach (var (_, c) in g.OrderBy(x => x.Candle.OpenTime)) builder.Add(c);
            var result = await market.ImportAsync(builder.Build(), ct);
            if (result.Rejected) live.Logger.LogWarning("live candles of {Symbol} not added to the candle store: {Why}", strategy.Symbols[g.Key], result.Error);
        }
    }

    private static List<(int, Candle)> Stepped(LiveCandleFeed feed, BarBatch batch) =>
        batch.Bars.Select(b => (b.Symbol, feed.CandleAt(b.Symbol, DateTimeOffset.FromUnixTimeMilliseconds(b.Bar.OpenTimeMs))))
            .Where(x => x.Item2 is not null).Select(x => (x.Symbol, x.Item2!.Value)).ToList();
}

/// <summary>Cash, positions and working order ids of a paper/shadow session rebuilt after a restart, at the store's cursor.</summary>
internal sealed record LiveRecoveryState(DateTimeOffset Cursor, IReadOnlyDictionary<string, decimal> Cash, IReadOnlyDictionary<string, decimal> Positions,
    IReadOnlyList<string> WorkingOrders, int Steps);
