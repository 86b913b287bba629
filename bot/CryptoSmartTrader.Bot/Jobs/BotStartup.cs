using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.Replay;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>
/// Starts the bot's run: loads the strategy, opens the store, builds the kernel session on the replayed dataset or on
/// live candles (<see cref="LiveDataStartup"/>), prepares crash recovery, then runs the feed, whose bar closes the
/// trading-cycle job trades. With no strategy or no data it says what is missing and waits.
/// </summary>
internal sealed class BotStartup(BotOptions options, EngineOptions engineOptions, ReplayWindowOptions windowOptions, BotStatus status, ISchedulerFactory schedulers, BotRuntime runtime,
    BotFeed feed, CrashRecovery recovery, LiveDataStartup liveData, BotAlerts alerts, Cluster.ClusterCoordinator cluster, TradingCycle cycle, TimeProvider time) : BackgroundService
{
    /// <summary>Lists every job with its next fire time on the jobs panel before the host reports started, so the panel is never empty.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken))
            {
                var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
                status.ScheduleJob(key.Name, triggers.Select(t => t.NextFireTimeUtc).Where(t => t.HasValue).Min());
            }
        }
        catch (SchedulerException ex)
        {
            status.AddNotice($"job schedule could not be read: {ex.Message}");
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            feed.Outcome = $"engine failed: {ex.GetType().Name}: {ex.Message}";
            status.AddNotice(feed.Outcome);
            runtime.Session?.Kernel.ReportSystemError(feed.Outcome);
            await alerts.RaiseAsync(AlertKind.JobFailure, AlertSeverity.Critical, feed.Outcome, CancellationToken.None);
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        runtime.Dispose();
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var (strategy, errors) = StrategyLoader.Load(options);
        foreach (var e in errors) status.AddNotice(e);
        if (strategy is null)
        {
            feed.Outcome = "no valid strategy: not trading";
            return;
        }

        if (!cluster.Enabled)
        {
            await RunStrategyAsync(strategy, ct);
            return;
        }

        while (true)
        {
            await JoinClusterAsync(ct);
            using var term = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var lost = runtime.Lost;
            var run = RunStrategyAsync(strategy, term.Token);
            await Task.WhenAny(run, lost).WaitAsync(ct);
            if (!lost.IsCompleted)
            {
                // The run ended first: a failure surfaces here; a finished replay still holds the lease until it is lost.
                await run;
                await lost.WaitAsync(ct);
            }

            await term.CancelAsync();
            try
            {
                await run;
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // The run stopped because this node lost the lease: expected, it stands by again below.
            }

            await RejoinAsync(ct);
        }
    }

    private async Task RunStrategyAsync(Strategy strategy, CancellationToken ct)
    {
        if (await liveData.TryRunAsync(strategy, ct)) return;

        var store = runtime.OpenStore(options.DbPath);
        var window = windowOptions.IsSet ? new ReplayWindow(windowOptions, strategy) : null;
        var (loadedSeries, missing) = await ReplayData.LoadAsync(options.DbPath, options.DatasetsPath, strategy, window is null ? engineOptions.ReplayLastBars : 0, ct);
        var series = window?.Cut(loadedSeries) ?? loadedSeries;
        foreach (var m in missing) status.AddNotice(m);
        if (series.Count == 0)
        {
            feed.Outcome = "no market data: not trading (see notices)";
            return;
        }

        var session = new BotSession(options.Mode, strategy, series, store, engineOptions) { TradeFrom = window?.From };
        if (engineOptions.VenueLogPath is { } venueLog && session.Persisting is { } venue)
        {
            venue.Submitted = new VenueAuditLog(venueLog, options.NodeId, cluster.Held?.Token ?? 0).Append;
        }

        var cursor = recovery.Prepare(store);
        session.Crash.Armed = cursor is null;
        status.SetLadderRecovery(Live.LiveLadderPolicy.Name(strategy.Package.Risk.Recovery));
        runtime.Start(new BotRun(options.Mode, strategy, session, store, Window: window, Series: series));
        feed.Outcome = $"replaying {series.Count} series of {strategy.Timeframe} candles from {series.Min(s => s.FirstOpenTime):O}";
        var last = series.Max(s => s.LastCloseTime);
        // A window runs as fast as the cycle takes the bars; the open-ended replay is paced for people watching the page.
        await feed.ReplayAsync(series, cursor, window is null ? options.ReplaySpeed : null,
            window is null ? $"replay finished at {last:O}: the dataset has no later bars" : $"replay window finished at {last:O}", ct);
    }

    // Cluster mode: stand by until this node holds the trading lease; only then is the run built, from the shared store
    // as the previous trader left it (crash recovery re-runs its committed steps). Every trading write carries the fence.
    private async Task JoinClusterAsync(CancellationToken ct)
    {
        feed.Outcome = $"cluster standby: node {options.NodeId} waits for the trading lease";
        var fence = await cluster.AcquireAsync(ct);
        runtime.OpenStore(options.DbPath).Fence = fence;
        feed.LocalCycle = () => RunCycleHereAsync(ct);
    }

    // Cluster mode, after this node lost the lease: its run was built from a book another node now writes, so it is dropped
    // (with the queue of bar closes), once no cycle runs; the node then competes for the lease again and, when it wins,
    // builds a new run from the shared store like any standby. The store keeps the lost fence until then: a late write is refused.
    private async Task RejoinAsync(CancellationToken ct)
    {
        await cluster.StandDownAsync();
        await cycle.WhileIdleAsync(() =>
        {
            runtime.Drop();
            feed.Reset();
        }, ct);
    }

    private async Task RunCycleHereAsync(CancellationToken ct)
    {
        var started = time.GetUtcNow();
        try
        {
            var outcome = await cycle.RunAsync(ct);
            status.RecordJob(TradingCycleJob.JobName, started, null, ok: true, outcome, (time.GetUtcNow() - started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status.RecordJob(TradingCycleJob.JobName, started, null, ok: false, $"failed: {ex.GetType().Name}: {ex.Message}", (time.GetUtcNow() - started).TotalMilliseconds);
            await alerts.RaiseAsync(AlertKind.JobFailure, AlertSeverity.Warning, $"trading cycle failed: {ex.Message}", CancellationToken.None);
        }
    }
}
