using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Bot.Parity;

/// <summary>
/// Runs the continuous parity check of the current run and keeps the latest report for <c>/api/parity</c>. The bot's
/// orders and fills are read under the session gate (a copy); the replay itself runs outside it, so trading never waits.
/// Bars: on live data the candles the bot stored (bot_live_bars, with their warm-up flags); on a replayed dataset the
/// series the session steps through, trading from the same close (a window's start).
/// </summary>
internal sealed class ParityMonitor(BotRuntime runtime, ParityOptions options, TimeProvider time)
{
    private volatile ParityReport? _latest;

    public ParityReport Latest => _latest ?? ParityReport.Empty(time.GetUtcNow(), "no check has run yet");

    public ParityReport Check()
    {
        var report = Compute();
        _latest = report;
        return report;
    }

    private ParityReport Compute()
    {
        var now = time.GetUtcNow();
        if (runtime.Run is not { } run) return ParityReport.Empty(now, "the bot has not started a run");
        if (run.Mode == Hosting.BotMode.Shadow) return ParityReport.Empty(now, "shadow mode sends no orders: nothing to compare");
        var session = run.Session;
        IReadOnlyList<ParityOrder> bot;
        DateTimeOffset lastClose;
        lock (session.Gate)
        {
            if (session.LastClose is not { } last) return ParityReport.Empty(now, "no bar close traded yet");
            lastClose = last;
            bot = ParityOrder.From(session.Recording);
        }

        if (run.LiveBars is not null)
        {
            var (series, warmup) = StoredBars(run.Store.LiveBars(lastClose), session.Universe, run.Strategy);
            var backtest = ParityReplay.Run(run.Strategy, series, lastClose, close => !warmup.Contains(close));
            return ParityComparer.Compare(bot, backtest, now, lastClose, options,
                "on live data the bot's data-health verdicts and gap blocks gate trading, the backtest sees the stored bars only");
        }

        var from = session.TradeFrom;
        var replayed = ParityReplay.Run(run.Strategy, run.Series ?? session.Series, lastClose, close => from is null || close >= from);
        return ParityComparer.Compare(bot, replayed, now, lastClose, options);
    }

    // The stored candles as one series per universe symbol (in universe order, so indices match the bot's kernel).
    private static (IReadOnlyList<CandleSeries> Series, HashSet<DateTimeOffset> Warmup) StoredBars(IReadOnlyList<(string Symbol, Candle Candle, bool Warmup)> rows,
        Trading.Kernel.TradingUniverse universe, Strategies.Strategy strategy)
    {
        var builders = new Dictionary<string, CandleSeriesBuilder>(StringComparer.Ordinal);
        var order = new List<CandleSeriesBuilder>();
        for (var i = 0; i < universe.Count; i++)
        {
            var b = new CandleSeriesBuilder(strategy.Exchange, universe.SymbolOf(i), strategy.Timeframe);
            builders[universe.SymbolOf(i).ToString()] = b;
            order.Add(b);
        }

        var warmup = new HashSet<DateTimeOffset>();
        foreach (var (symbol, candle, w) in rows)
        {
            if (!builders.TryGetValue(symbol, out var b)) continue;
            b.Add(candle);
            if (w) warmup.Add(candle.CloseTime);
        }

        return (order.Select(b => b.Build()).ToArray(), warmup);
    }
}
