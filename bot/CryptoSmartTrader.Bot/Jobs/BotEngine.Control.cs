using System.Globalization;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Bot.Jobs;

internal sealed partial class BotEngine
{
    // Called once, before the first step that is not a re-run of a committed one.
    private void Reconcile(BotSession session, DateTimeOffset? cursor)
    {
        session.Crash.Armed = true;
        if (session.Persisting is null)
        {
            _reconcileOutcome = "shadow mode: no venue orders exist to reconcile";
            _reconciled = true;
            return;
        }

        var stored = _store!.Orders();
        var c = cursor?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var committed = stored.Where(o => o.CreatedMs <= c).ToList();
        var lost = committed.Where(o => !session.Persisting.Seen.Contains(o.ClientOrderId)).Select(o => o.ClientOrderId).ToList();
        var interrupted = stored.Count - committed.Count;
        _reconcileOutcome = string.Create(CultureInfo.InvariantCulture,
            $"reconciled with the paper venue up to {(cursor is null ? "start" : cursor.Value.ToString("O", CultureInfo.InvariantCulture))}: {committed.Count} stored orders rebuilt, " +
            $"{session.Kernel.OpenOrderCount} working, {interrupted} from the interrupted step will be re-run, {lost.Count} unmatched");
        if (lost.Count > 0)
        {
            var msg = $"reconciliation: {lost.Count} stored orders were not reproduced by the paper venue: {string.Join(", ", lost.Take(10))}";
            status.AddNotice(msg);
            _ = Alert(AlertKind.OrderReject, AlertSeverity.Critical, msg, CancellationToken.None);
        }

        _reconciled = true;
    }

    public async Task<string> ReconcileAsync(CancellationToken cancellationToken) =>
        await Done("reconcile", _liveAudit is { } audit ? await audit(cancellationToken) : _reconcileOutcome);

    public Task<string> CheckDataHealthAsync(CancellationToken cancellationToken)
    {
        var session = _session;
        if (session is null)
        {
            var folder = DatasetLocator.Find(options.DatasetsPath);
            return Done("data-health", folder is null ? "no market data found (see notices)" : $"dataset folder {folder}; {_feedOutcome}");
        }

        var health = session.Health;
        return Done("data-health", $"{health.Count(h => h.Report.Tradable)}/{health.Count} symbols tradable at {session.LastClose:O}");
    }

    public Task<string> RunTradingCycleAsync(CancellationToken cancellationToken)
    {
        var session = _session;
        if (session is null) return Done("trading-cycle", _feedOutcome);
        if (!_reconciled) return Done("trading-cycle", "waiting for start-up reconciliation");
        lock (session.Gate)
        {
            var k = session.Kernel;
            return Done("trading-cycle", string.Create(CultureInfo.InvariantCulture,
                $"{options.Mode} on the replay feed: last close {session.LastClose:O}, {k.Fills.Count} fills, {k.OpenOrderCount} working orders, state {k.Risk.State}, equity {k.Equity:F2}"));
        }
    }

    public Task<string> SyncMarketDataAsync(CancellationToken cancellationToken) => Done("market-data-sync", _feedOutcome);

    public Task<string> DailyReportAsync(CancellationToken cancellationToken) => Done("daily-report", "daily report written to the status page");

    /// <summary>The kill switch acts on the kernel's risk engine (which cancels every working order), never around it.</summary>
    public void Halt(string reason)
    {
        var session = _session;
        if (session is not null)
        {
            lock (session.Gate) session.Kernel.EngageKillSwitch(reason);
        }

        status.SetTrading("Halted", status.DrawdownLevel, killSwitch: true, reason);
        _ = Alert(AlertKind.KillSwitch, AlertSeverity.Critical, $"kill switch engaged: {reason}", CancellationToken.None);
    }

    public void Resume()
    {
        var session = _session;
        if (session is not null)
        {
            lock (session.Gate) session.Kernel.ReleaseKillSwitch("released by operator");
        }

        status.SetTrading(session?.Kernel.Risk.State.ToString() ?? "Active", status.DrawdownLevel, killSwitch: false, null);
    }

    public override void Dispose()
    {
        base.Dispose();
        _store?.Dispose();
    }

    private Task<string> Done(string job, string outcome)
    {
        _store?.InsertJobRun(job, time.GetUtcNow(), ok: true, outcome);
        return Task.FromResult(outcome);
    }
}
