using System.Globalization;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Trading.Exchanges;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Jobs;

internal sealed partial class BotEngine
{
    // Live mode's periodic reconcile (venue balances and open orders next to the kernel's); null in the other modes.
    private volatile Func<CancellationToken, Task<string>>? _liveAudit;

    /// <summary>
    /// Live mode, and paper/shadow mode on live market data. In paper/shadow mode every candle the kernel consumes is stored
    /// before its step commits, and a restart re-runs the stored steps up to the cursor (BotEngine.LiveRecovery.cs), then
    /// catches up on the bars that closed while it was down. Returns false when paper/shadow should replay the local
    /// dataset instead (exchange unreachable, or replay configured); the reason is logged and shown.
    /// </summary>
    private async Task<bool> TryRunLiveDataAsync(Strategy strategy, CancellationToken ct)
    {
        var md = live.MarketData;
        var isLive = options.Mode == BotMode.Live;
        if (options.Mode == BotMode.Replay || (!isLive && md.Source == MarketDataSource.Replay)) return false;

        var unreachable = await FeedProbe.ProbeAsync(live.MarketDataClient(strategy.Exchange, time, probe: true), strategy.Symbols[0], strategy.Timeframe,
            time, md.ProbeTimeout, ct);
        if (unreachable is not null)
        {
            if (isLive || md.Source == MarketDataSource.Live) return Refuse($"{options.Mode} mode needs live market data: {unreachable}; not trading");
            status.SetDataSource("REPLAY");
            var why = $"REPLAY: no live market data ({unreachable}); replaying the local dataset on the simulated venue";
            live.Logger.LogWarning("{Reason}", why);
            status.AddNotice(why);
            return false;
        }

        _store = BotStore.Open(options.DbPath);
        LiveVenue? venue = null;
        Data.Exchanges.Private.IExchangeAccount? liveAccount = null;
        if (isLive)
        {
            var (account, refusal) = await LiveAccountStartup.OpenAsync(strategy.Exchange, live.Live, live.Environment, time,
                live.LoggerFor("CryptoSmartTrader.Data.Exchanges.Private." + strategy.Exchange.Id), ct);
            if (account is null) return Refuse(refusal!);
            var reconciler = new LiveReconciler(account, _store, live.Live, time);
            LiveReconciliation rec;
            while (!(rec = await reconciler.RunAsync(strategy.Symbols, strategy.AccountCurrency, ct)).Ready)
            {
                _reconcileOutcome = rec.Outcome;
                live.Logger.LogWarning("start-up reconciliation not complete: {Outcome}", rec.Outcome);
                await Task.Delay(TimeSpan.FromSeconds(30), time, ct);
            }

            _reconcileOutcome = rec.Outcome;
            live.Logger.LogInformation("{Outcome}", rec.Outcome);
            if (rec.Cash <= 0) return Refuse($"LIVE mode refused: no {strategy.AccountCurrency} balance at {strategy.Exchange} to trade with ({rec.Outcome})");
            strategy = strategy with { InitialCash = rec.Cash };
            venue = new LiveVenue(account, ExchangeProfiles.For(strategy.Exchange), live.Live, time);
            liveAccount = account;
        }

        var client = live.MarketDataClient(strategy.Exchange, time);
        var book = new LiveSeriesBook(strategy.Exchange, strategy.Timeframe, strategy.Symbols);
        var gaps = new GapBook(strategy.Exchange, strategy.Timeframe, strategy.Symbols);
        var feed = new LiveCandleFeed(client, strategy.Timeframe, strategy.Symbols, book, gaps, md, time, FeedGap);
        var cursor = _store.Cursor();
        var stored = isLive ? null : StoredLiveRun(_store, strategy, cursor);
        if (!isLive && cursor is null) _store.ClearLiveRun();
        if (stored is { } run)
        {
            RestoreLiveRun(strategy, book, gaps, run.Warmup);
        }
        else
        {
            foreach (var p in await feed.WarmUpAsync(ct)) status.AddNotice(p);
            if (!isLive) await PersistLiveBarsAsync(strategy, book.SelectMany((s, i) => s.AsEnumerable().Select(c => (i, c))).ToList(), warmup: true, ct);
        }

        if (!isLive) gaps.Recorded = (sym, from, until, reason) => _store.SaveLiveGap(sym, from, until, reason);
        var prefix = stored is not null ? _store.State("live_prefix")! : "cst" + time.GetUtcNow().ToUnixTimeSeconds().ToString("x", CultureInfo.InvariantCulture);
        if (!isLive) _store.SetState("live_prefix", prefix);
        var session = new BotSession(options.Mode, strategy, book, _store, engineOptions, venue, prefix) { VerdictOverride = gaps.VerdictAt };
        await WarmUpAsync(session, book, ct);
        if (stored is { } rebuild) RebuildLiveRun(session, book, rebuild.Steps, cursor!.Value);
        else if (!isLive) _reconcileOutcome = $"{options.Mode} on live data: the paper venue starts empty (orders {prefix}-*)" +
            (cursor is null ? "" : $"; the store's cursor {cursor:O} is from a run without stored live candles, so nothing was rebuilt");
        _reconciled = true;
        _session = session;
        if (liveAccount is not null)
        {
            var currency = strategy.AccountCurrency;
            _liveAudit = c => LiveAudit.RunAsync(liveAccount, session, prefix, currency, c);
        }

        status.SetDataSource("LIVE");
        _feedOutcome = $"live {strategy.Exchange} {strategy.Timeframe} candles for {strategy.Symbols.Count} symbols, polled at each close";
        status.AddNotice($"{options.Mode.ToString().ToUpperInvariant()} mode on live market data from {strategy.Exchange} ({strategy.Timeframe} candles, closed bars only)");
        live.Logger.LogInformation("{Outcome}", _feedOutcome);

        var channel = new ChannelBarFeed(4);
        var producer = feed.RunAsync(channel.Writer, ct, stored is null ? null : time.GetUtcNow());
        await foreach (var batch in channel.Reader.ReadAllAsync(ct))
        {
            if (!isLive) await PersistLiveBarsAsync(strategy, Stepped(feed, batch), warmup: false, ct);
            RunCycle(session, batch, persist: true);
            foreach (var p in venue?.DrainProblems() ?? []) live.Logger.LogWarning("{Exchange}: {Problem}", strategy.Exchange, p);
        }

        await producer;
        return true;
    }

    // The warm-up bars run through the kernel (indicators, health) with every order refused before it is stored or sent.
    private static async Task WarmUpAsync(BotSession session, LiveSeriesBook book, CancellationToken ct)
    {
        var warm = new ChannelBarFeed(256);
        var producer = warm.ReplayAsync(book.ToList(), null, ct);
        session.WarmingUp = true;
        await foreach (var batch in warm.Reader.ReadAllAsync(ct))
        {
            lock (session.Gate)
            {
                session.Step(batch.CloseTime, batch.Bars);
                session.Log.Drain();
            }
        }

        await producer;
        session.WarmingUp = false;
    }

    private void FeedGap(string reason)
    {
        live.Logger.LogWarning("{Gap}", reason);
        _ = Alert(AlertKind.DataQualityBlock, AlertSeverity.Warning, reason, CancellationToken.None);
    }

    private bool Refuse(string reason)
    {
        _feedOutcome = reason;
        live.Logger.LogWarning("{Refusal}", reason);
        status.AddNotice(reason);
        status.SetTrading("Halted", status.DrawdownLevel, killSwitch: false, reason);
        return true;
    }
}
