using System.Globalization;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// Crash recovery and reconciliation. After a restart the committed steps (close time up to the store's cursor) are
/// re-run without committing, with the operator's journaled actions re-applied where they happened, so the
/// deterministic paper venue rebuilds its positions and working orders under the same client order ids and the risk
/// engine comes back in the state it was in; each re-run step is checked against the trading state stored with it.
/// Then, once, before the first new step: every stored order must have reappeared. Owns the cursor, the reconciled
/// flag and the outcome shown by the reconcile job.
/// </summary>
internal sealed class CrashRecovery(BotRuntime runtime, BotStatus status, BotAlerts alerts, StepRunner steps, TradingControl control)
{
    private IReadOnlyDictionary<DateTimeOffset, TradingStateRecord> _states = new Dictionary<DateTimeOffset, TradingStateRecord>();
    private readonly List<string> _mismatches = [];
    private volatile bool _reconciled;
    private volatile string _outcome = "waiting for market data";

    /// <summary>The close time of the last committed step when the bot started (null on a fresh store).</summary>
    public DateTimeOffset? Cursor { get; private set; }

    public bool Reconciled => _reconciled;

    /// <summary>The kernel's state right after a paper/shadow live-data restart rebuilt it (null when nothing was rebuilt).</summary>
    public LiveRecoveryState? Recovered { get; private set; }

    /// <summary>Live mode's periodic reconcile (venue balances and open orders next to the kernel's); null in the other modes.</summary>
    public Func<CancellationToken, Task<string>>? LiveAudit { get; set; }

    public string Outcome
    {
        get => _outcome;
        set => _outcome = value;
    }

    /// <summary>Reads the cursor, the stored trading states and the operator journal of <paramref name="store"/>.</summary>
    public DateTimeOffset? Prepare(BotStore store)
    {
        Cursor = store.Cursor();
        _states = store.TradingStates();
        // A cluster node that rejoins prepares again: the reconciliation of its earlier run does not count for the new one.
        _mismatches.Clear();
        _reconciled = false;
        Recovered = null;
        control.Load(store);
        return Cursor;
    }

    public bool IsCommitted(DateTimeOffset close) => Cursor is { } c && close <= c;

    public async Task<string> ReconcileAsync(CancellationToken ct) => LiveAudit is { } audit ? await audit(ct) : _outcome;

    /// <summary>After a re-run step (under the gate): the trading state must be the one committed with that step.</summary>
    public void Verify(BotSession session, DateTimeOffset close)
    {
        if (!_states.TryGetValue(close, out var stored)) return;
        TradingStateRecord now;
        lock (session.Gate) now = TradingStateRecord.Of(session.Kernel.Risk, control.ManualReason);
        if (now.State != stored.State || now.KillSwitch != stored.KillSwitch || now.Level != stored.Level)
        {
            _mismatches.Add(string.Create(CultureInfo.InvariantCulture, $"{close:O}: re-run {now.State}/{now.Level}/{now.KillSwitch}, stored {stored.State}/{stored.Level}/{stored.KillSwitch}"));
        }
    }

    /// <summary>Once, before the first step that is not a re-run of a committed one (or at the end of the data).</summary>
    public void Reconcile(BotSession session)
    {
        if (_reconciled) return;
        lock (session.Gate) control.ApplyJournal(session, DateTimeOffset.MaxValue);
        session.Crash.Armed = true;
        if (_mismatches.Count > 0)
        {
            var msg = $"recovery: {_mismatches.Count} re-run steps ended in another trading state than stored: {string.Join("; ", _mismatches.Take(5))}";
            status.AddNotice(msg);
            alerts.Raise(AlertKind.JobFailure, AlertSeverity.Critical, msg);
        }

        if (session.Persisting is null)
        {
            _outcome = "shadow mode: no venue orders exist to reconcile";
            _reconciled = true;
            return;
        }

        var stored = runtime.Store!.Orders();
        var c = Cursor?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var committed = stored.Where(o => o.CreatedMs <= c).ToList();
        var lost = committed.Where(o => !session.Persisting.Seen.Contains(o.ClientOrderId)).Select(o => o.ClientOrderId).ToList();
        var interrupted = stored.Count - committed.Count;
        _outcome = string.Create(CultureInfo.InvariantCulture,
            $"reconciled with the paper venue up to {(Cursor is null ? "start" : Cursor.Value.ToString("O", CultureInfo.InvariantCulture))}: {committed.Count} stored orders rebuilt, " +
            $"{session.Kernel.OpenOrderCount} working, {interrupted} from the interrupted step will be re-run, {lost.Count} unmatched");
        if (lost.Count > 0)
        {
            var msg = $"reconciliation: {lost.Count} stored orders were not reproduced by the paper venue: {string.Join(", ", lost.Take(10))}";
            status.AddNotice(msg);
            alerts.Raise(AlertKind.OrderReject, AlertSeverity.Critical, msg);
        }

        _reconciled = true;
    }

    /// <summary>Marks the run reconciled without re-running anything (live mode: the exchange was reconciled at start-up).</summary>
    public void Accept(string outcome)
    {
        _outcome = outcome;
        _reconciled = true;
    }

    // Paper/shadow on live data after a restart: the bars this store recorded up to the cursor, split into the first
    // run's warm-up and its traded steps. Null when there is nothing to rebuild (fresh store, or a cursor from another mode).
    public (List<(int, Candle)> Warmup, List<(int, Candle)> Steps)? StoredLiveRun(BotStore store, Strategy strategy)
    {
        if (Cursor is not { } cursor || store.State("live_prefix") is null) return null;
        var index = strategy.Symbols.Select((s, i) => (s.ToString(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
        var warm = new List<(int, Candle)>();
        var stepped = new List<(int, Candle)>();
        foreach (var (symbol, candle, warmup) in store.LiveBars(cursor))
        {
            if (index.TryGetValue(symbol, out var i)) (warmup ? warm : stepped).Add((i, candle));
        }

        return warm.Count + stepped.Count > 0 ? (warm, stepped) : null;
    }

    // The first run's warm-up bars (from the store, not the exchange, so the kernel's state comes out identical) and its gap blocks.
    public static void RestoreLiveRun(BotStore store, Strategy strategy, LiveSeriesBook book, GapBook gaps, List<(int Symbol, Candle Candle)> warmup)
    {
        foreach (var g in warmup.GroupBy(w => w.Symbol)) book.Append(g.Key, g.Select(x => x.Candle));
        var names = strategy.Symbols.Select(x => x.ToString()).ToList();
        foreach (var (symbol, from, until, reason) in store.LiveGaps())
        {
            if (names.IndexOf(symbol) is var i and >= 0) gaps.Restore(i, from, until, reason);
        }
    }

    // Re-runs the committed live steps exactly as they ran (same bars, same gap blocks, same operator actions, orders
    // refused nowhere), then the usual reconciliation.
    public string RebuildLiveRun(BotSession session, LiveSeriesBook book, List<(int Symbol, Candle Candle)> stepped, string mode)
    {
        var cursor = Cursor!.Value;
        session.Crash.Armed = false;
        foreach (var g in stepped.GroupBy(s => s.Symbol)) book.Append(g.Key, g.Select(x => x.Candle));
        foreach (var close in stepped.GroupBy(s => s.Candle.CloseTime).OrderBy(g => g.Key))
        {
            steps.Run(session, new BarBatch(close.Key, close.Select(x => (x.Symbol, Bar.FromCandle(x.Candle))).ToList()), persist: false);
            Verify(session, close.Key);
        }

        Reconcile(session);
        lock (session.Gate)
        {
            var k = session.Kernel;
            Recovered = new LiveRecoveryState(cursor, k.Portfolio.Cash.ToDictionary(), k.Portfolio.Positions.ToDictionary(p => p.Symbol.ToString(), p => p.Quantity),
                k.OpenOrders.Select(o => o.ClientOrderId).Order(StringComparer.Ordinal).ToList(), stepped.Select(s => s.Candle.CloseTime).Distinct().Count());
        }

        var msg = string.Create(CultureInfo.InvariantCulture, $"{mode} on live data: restarted from the store, {Recovered.Steps} stored steps re-run up to {cursor:O}; {_outcome}");
        _outcome = msg;
        status.AddNotice(msg);
        return msg;
    }
}

/// <summary>Cash, positions and working order ids of a paper/shadow session rebuilt after a restart, at the store's cursor.</summary>
internal sealed record LiveRecoveryState(DateTimeOffset Cursor, IReadOnlyDictionary<string, decimal> Cash, IReadOnlyDictionary<string, decimal> Positions,
    IReadOnlyList<string> WorkingOrders, int Steps);
