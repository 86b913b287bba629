using System.Diagnostics;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>
/// Shared shell of every job: times the run, records the outcome on the status page and raises an alert on failure.
/// Jobs stay thin; the work lives in the component each one calls. With <paramref name="runtime"/> a successful run is
/// also recorded in the store (table bot_job_runs).
/// </summary>
internal abstract class BotJob(BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog? log = null, BotRuntime? runtime = null) : IJob
{
    public abstract string Name { get; }

    protected BotRuntime? Runtime => runtime;

    protected BotStatus Status => status;

    protected TimeProvider Time => time;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            var outcome = await RunAsync(cancellationToken);
            runtime?.Store?.InsertJobRun(Name, started, ok: true, outcome);
            status.RecordJob(Name, started, context.NextFireTimeUtc, ok: true, outcome, watch.Elapsed.TotalMilliseconds);
            log?.Append(Name, context.ScheduledFireTimeUtc ?? started, "ok");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A failing job must not kill the scheduler; it is recorded, alerted and retried on its next trigger.
            status.RecordJob(Name, started, context.NextFireTimeUtc, ok: false, $"failed: {ex.GetType().Name}: {ex.Message}", watch.Elapsed.TotalMilliseconds);
            log?.Append(Name, context.ScheduledFireTimeUtc ?? started, "failed");
            await alerts.RaiseAsync(AlertKind.JobFailure, AlertSeverity.Warning, $"job {Name} failed: {ex.Message}", cancellationToken);
        }
    }

    protected abstract Task<string> RunAsync(CancellationToken cancellationToken);
}
