using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

internal sealed partial class BotEngine
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
}
