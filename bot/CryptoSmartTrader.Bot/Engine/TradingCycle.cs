using System.Globalization;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// The body of the Quartz trading-cycle job (which never runs twice at once): takes every bar close the feed has
/// queued and trades it, in close-time order. A close the store has already committed (a restart) is re-run for
/// recovery only; the first new one is preceded by reconciliation. Live candles are written before their step commits.
/// </summary>
internal sealed class TradingCycle(BotRuntime runtime, BotFeed feed, StepRunner steps, CrashRecovery recovery, BotStatus status, IHostApplicationLifetime lifetime,
    ILogger<TradingCycle> logger)
{
    // In cluster mode the feed drives the cycle on the trading node itself while the clustered cron backstop may fire too.
    private readonly SemaphoreSlim _one = new(1, 1);
    private long _traded;

    public async Task<string> RunAsync(CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            return await DrainAsync(ct);
        }
        catch (Persistence.FencedOutException ex)
        {
            // The step was not committed and its order never reached the venue: another node trades from the shared store now.
            runtime.Fence(ex.Message);
            status.AddNotice(ex.Message);
            logger.LogWarning("{Message}", ex.Message);
            return ex.Message;
        }
        catch (System.Data.Common.DbException ex) when (runtime.Store?.Fence is not null)
        {
            // Cluster mode: the shared store failed mid-step, so this node's kernel is ahead of the book. It stops (fail-stop);
            // when its lease runs out a standby trades on from the last committed step.
            var msg = $"cluster: this node stopped trading: the shared store failed mid-step ({ex.Message}); a standby takes over when the lease expires";
            runtime.Fence(msg);
            status.AddNotice(msg);
            logger.LogWarning("{Message}", msg);
            return msg;
        }
        finally
        {
            _one.Release();
        }
    }

    /// <summary>Runs <paramref name="action"/> while no cycle runs (cluster mode drops its run and queue there).</summary>
    public async Task WhileIdleAsync(Action action, CancellationToken ct)
    {
        await _one.WaitAsync(ct);
        try
        {
            action();
        }
        finally
        {
            _one.Release();
        }
    }

    private async Task<string> DrainAsync(CancellationToken ct)
    {
        var run = runtime.Run;
        if (run is null) return feed.Outcome;
        if (runtime.Fenced is { } stopped) return stopped;
        feed.BeginDrain();
        var done = 0;
        while (!ct.IsCancellationRequested && runtime.Fenced is null && feed.TryTake(out var item))
        {
            await StepAsync(run, item, ct);
            done++;
        }

        if (runtime.Fenced is null && feed.DrainedToEnd())
        {
            recovery.Reconcile(run.Session);
            if (feed.FinishedMessage is { } finished)
            {
                feed.Outcome = finished;
                status.AddNotice(finished);
            }

            if (run.Window is { } window)
            {
                // A replay window is a run with an end: its result is written, then the bot stops.
                var written = await window.WriteAsync(run.Session, run.Strategy, run.Series!, ct);
                feed.Outcome = written;
                status.AddNotice(written);
                logger.LogInformation("{Outcome}", written);
                lifetime.StopApplication();
            }
        }

        lock (run.Session.Gate)
        {
            var k = run.Session.Kernel;
            return string.Create(CultureInfo.InvariantCulture,
                $"{done} bar closes traded ({_traded} since start); last close {run.Session.LastClose:O}, {k.Fills.Count} fills, {k.OpenOrderCount} working orders, state {k.Risk.State}, equity {k.Equity:F2}");
        }
    }

    private async Task StepAsync(BotRun run, CycleBatch item, CancellationToken ct)
    {
        var close = item.Batch.CloseTime;
        var rerun = recovery.IsCommitted(close);
        if (item.LiveBars is { } bars && run.LiveBars is { } journal) await journal.WriteAsync(bars, warmup: false, ct);
        if (!rerun) recovery.Reconcile(run.Session);
        steps.Run(run.Session, item.Batch, persist: !rerun);
        if (rerun) recovery.Verify(run.Session, close);
        else _traded++;
        foreach (var p in run.Venue?.DrainProblems() ?? []) logger.LogWarning("{Exchange}: {Problem}", run.Strategy.Exchange, p);
    }
}
