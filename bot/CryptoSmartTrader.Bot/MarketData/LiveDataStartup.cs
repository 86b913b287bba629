using System.Globalization;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Trading.Exchanges;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>
/// Live mode, and paper/shadow mode on live market data. In paper/shadow mode every candle the kernel consumes is stored
/// before its step commits, and a restart re-runs the stored steps up to the cursor (<see cref="CrashRecovery"/>), then
/// catches up on the bars that closed while it was down. Live mode restores the operator's kill switch from the journal.
/// </summary>
internal sealed class LiveDataStartup(BotOptions options, EngineOptions engineOptions, BotStatus status, LiveRuntime live, BotRuntime runtime, BotFeed feed,
    CrashRecovery recovery, TradingControl control, BotAlerts alerts, TimeProvider time)
{
    /// <summary>
    /// Returns false when paper/shadow should replay the local dataset instead (exchange unreachable, or replay
    /// configured); the reason is logged and shown. Otherwise runs the feed until cancelled.
    /// </summary>
    public async Task<bool> TryRunAsync(Strategy strategy, CancellationToken ct)
    {
        var md = live.MarketData;
        var isLive = options.Mode == BotMode.Live;
        if (options.Mode == BotMode.Replay || (!isLive && md.Source == MarketDataSource.Replay)) return false;

        var (unreachable, unserved) = await FeedProbe.CheckAsync(live.MarketDataClient(strategy.Exchange, time, probe: true), strategy.Symbols[0], strategy.Timeframe,
            time, md.ProbeTimeout, ct);
        // A symbol the venue does not list is a wrong strategy, not a network problem: no replay of local data makes it right.
        if (unserved) return Refuse(Unserved(strategy, [unreachable!]));
        if (unreachable is not null)
        {
            if (isLive || md.Source == MarketDataSource.Live) return Refuse($"{options.Mode} mode needs live market data: {unreachable}; not trading");
            status.SetDataSource("REPLAY");
            var why = $"REPLAY: no live market data ({unreachable}); replaying the local dataset on the simulated venue";
            live.Logger.LogWarning("{Reason}", why);
            status.AddNotice(why);
            return false;
        }

        if (isLive)
        {
            (strategy, var manual) = LiveLadderPolicy.Apply(strategy);
            if (manual is not null)
            {
                live.Logger.LogWarning("{Notice}", manual);
                status.AddNotice(manual);
            }
        }

        var store = runtime.OpenStore(options.DbPath);
        LiveVenue? venue = null;
        Data.Exchanges.Private.IExchangeAccount? liveAccount = null;
        if (isLive)
        {
            var (account, refusal) = await LiveAccountStartup.OpenAsync(strategy.Exchange, live.Live, live.Environment, time,
                live.LoggerFor("CryptoSmartTrader.Data.Exchanges.Private." + strategy.Exchange.Id), ct);
            if (account is null) return Refuse(refusal!);
            var reconciler = new LiveReconciler(account, store, live.Live, time);
            LiveReconciliation rec;
            while (!(rec = await reconciler.RunAsync(strategy.Symbols, strategy.AccountCurrency, ct)).Ready)
            {
                recovery.Outcome = rec.Outcome;
                live.Logger.LogWarning("start-up reconciliation not complete: {Outcome}", rec.Outcome);
                await Task.Delay(TimeSpan.FromSeconds(30), time, ct);
            }

            recovery.Outcome = rec.Outcome;
            live.Logger.LogInformation("{Outcome}", rec.Outcome);
            if (rec.Cash <= 0) return Refuse($"LIVE mode refused: no {strategy.AccountCurrency} balance at {strategy.Exchange} to trade with ({rec.Outcome})");
            strategy = strategy.WithInitialCash(rec.Cash);
            venue = new LiveVenue(account, ExchangeProfiles.For(strategy.Exchange), live.Live, time);
            liveAccount = account;
        }

        var client = live.MarketDataClient(strategy.Exchange, time);
        var book = new LiveSeriesBook(strategy.Exchange, strategy.Timeframe, strategy.Symbols);
        var gaps = new GapBook(strategy.Exchange, strategy.Timeframe, strategy.Symbols);
        var candles = new LiveCandleFeed(client, strategy.Timeframe, strategy.Symbols, book, gaps, md, time, FeedGap);
        var journal = isLive ? null : new LiveBarJournal(store, options.DbPath, strategy, live.Logger);
        var cursor = recovery.Prepare(store);
        var stored = isLive ? null : recovery.StoredLiveRun(store, strategy);
        if (!isLive && cursor is null) store.ClearLiveRun();
        if (stored is { } run)
        {
            CrashRecovery.RestoreLiveRun(store, strategy, book, gaps, run.Warmup);
        }
        else
        {
            foreach (var p in await candles.WarmUpAsync(ct)) status.AddNotice(p);
            if (candles.Unserved.Count > 0) return Refuse(Unserved(strategy, candles.Unserved));
            if (journal is not null) await journal.WriteAsync(book.SelectMany((s, i) => s.AsEnumerable().Select(c => (i, c))).ToList(), warmup: true, ct);
        }

        if (!isLive) gaps.Recorded = (sym, from, until, reason) => store.SaveLiveGap(sym, from, until, reason);
        var prefix = stored is not null ? store.State("live_prefix")! : "cst" + time.GetUtcNow().ToUnixTimeSeconds().ToString("x", CultureInfo.InvariantCulture);
        if (!isLive) store.SetState("live_prefix", prefix);
        var session = new BotSession(options.Mode, strategy, book, store, engineOptions, venue, prefix) { VerdictOverride = gaps.VerdictAt, HealthGatesTrading = true };
        await WarmUpAsync(session, book, ct);
        if (stored is { } rebuild)
        {
            live.Logger.LogInformation("{Outcome}", recovery.RebuildLiveRun(session, book, rebuild.Steps, options.Mode.ToString()));
        }
        else
        {
            // Nothing is re-run (live mode, or no stored live candles): the operator's journal still says whether the
            // bot was halted, and a halted bot comes back halted.
            if (isLive) lock (session.Gate) control.ApplyJournal(session, DateTimeOffset.MaxValue);
            recovery.Accept(isLive ? recovery.Outcome : $"{options.Mode} on live data: the paper venue starts empty (orders {prefix}-*)" +
                (cursor is null ? "" : $"; the store's cursor {cursor:O} is from a run without stored live candles, so nothing was rebuilt"));
            session.Crash.Armed = true;
        }

        if (liveAccount is not null)
        {
            var currency = strategy.AccountCurrency;
            recovery.LiveAudit = c => Live.LiveAudit.RunAsync(liveAccount, session, prefix, currency, c);
        }

        status.SetLadderRecovery(LiveLadderPolicy.Name(strategy.Package.Risk.Recovery));
        runtime.Start(new BotRun(options.Mode, strategy, session, store, journal, venue));
        status.SetDataSource("LIVE");
        feed.Outcome = $"live {strategy.Exchange} {strategy.Timeframe} candles for {strategy.Symbols.Count} symbols, polled at each close";
        status.AddNotice($"{options.Mode.ToString().ToUpperInvariant()} mode on live market data from {strategy.Exchange} ({strategy.Timeframe} candles, closed bars only)");
        live.Logger.LogInformation("{Outcome}", feed.Outcome);
        await feed.LiveAsync(candles, journal is not null, stored is null ? null : time.GetUtcNow(), ct);
        return true;
    }

    // The warm-up bars run through the kernel (indicators, health) with every order refused before it is stored or sent.
    private static async Task WarmUpAsync(BotSession session, LiveSeriesBook book, CancellationToken ct)
    {
        var warm = new ChannelBarFeed(256);
        var producer = warm.ReplayAsync(book.ToList(), null, ct);
        session.WarmingUp = true;
        await foreach (var batch in warm.Reader.ReadAllAsync(ct)) StepRunner.WarmUp(session, batch);
        await producer;
        session.WarmingUp = false;
    }

    private void FeedGap(string reason)
    {
        live.Logger.LogWarning("{Gap}", reason);
        alerts.Raise(AlertKind.DataQualityBlock, AlertSeverity.Warning, reason);
    }

    private string Unserved(Strategy strategy, IReadOnlyList<string> answers) =>
        $"{options.Mode.ToString().ToUpperInvariant()} mode refused: {strategy.Source}: {string.Join("; ", answers)} " +
        $"(expected symbols {strategy.Exchange} lists: ./cst data universe --exchange {strategy.Exchange} shows them); not trading";

    private bool Refuse(string reason)
    {
        feed.Outcome = reason;
        live.Logger.LogWarning("{Refusal}", reason);
        status.AddNotice(reason);
        status.SetTrading("Halted", status.DrawdownLevel, killSwitch: false, reason);
        return true;
    }
}
