using CryptoSmartTrader.Bot.Jobs;
using Quartz;

namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>Registers every job with its cron trigger. Misfires are skipped (DoNothing): a late trading cycle must not fire
/// twice in a row after downtime, and reconcile runs at start-up anyway.</summary>
internal static class JobSchedule
{
    public static void Register(IQuartzBuilder q, BotSchedules s)
    {
        Add<MarketDataSyncJob>(q, MarketDataSyncJob.JobName, s.MarketDataSync);
        Add<TradingCycleJob>(q, TradingCycleJob.JobName, s.TradingCycle);
        Add<ReconcileJob>(q, ReconcileJob.JobName, s.Reconcile);
        Add<DataHealthJob>(q, DataHealthJob.JobName, s.DataHealth);
        Add<DriftCheckJob>(q, DriftCheckJob.JobName, s.DriftCheck);
        Add<RetrainJob>(q, RetrainJob.JobName, s.Retrain);
        Add<DailyReportJob>(q, DailyReportJob.JobName, s.DailyReport);
        Add<HeartbeatJob>(q, HeartbeatJob.JobName, s.Heartbeat);
        Add<ParityCheckJob>(q, ParityCheckJob.JobName, s.ParityCheck);

        // Reconcile once at start-up, before the first trading cycle (the engine also refuses to trade until reconciled).
        q.AddTrigger(t => t.ForJob(ReconcileJob.JobName).WithIdentity("reconcile-startup").StartNow());
        q.AddTrigger(t => t.ForJob(DataHealthJob.JobName).WithIdentity("data-health-startup").StartNow());
    }

    private static void Add<T>(IQuartzBuilder q, string name, string cron) where T : IJob
    {
        if (!CronExpression.TryParse(cron, out _))
        {
            throw new ArgumentException($"Bot:Schedules for job {name}: '{cron}' is not a valid Quartz cron expression (seconds first, e.g. '0 */5 * * * ?')");
        }

        q.AddJob<T>(j => j.WithIdentity(name).StoreDurably());
        q.AddTrigger(t => t.ForJob(name).WithIdentity($"{name}-cron").WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
    }
}
