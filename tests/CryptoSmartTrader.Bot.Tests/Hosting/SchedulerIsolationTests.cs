using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CryptoSmartTrader.Bot.Tests.Hosting;

/// <summary>Quartz wants scheduler names unique within a process; each bot host in one process has its own scheduler and name.</summary>
public sealed class SchedulerIsolationTests
{
    [Fact]
    public async Task Two_hosts_in_one_process_have_their_own_scheduler_and_stopping_one_leaves_the_other_running()
    {
        await using var first = await RunningBot.StartAsync(["--mode", "replay"]);
        var second = await RunningBot.StartAsync(["--mode", "replay"]);
        try
        {
            var a = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var b = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

            Assert.NotSame(a, b);
            Assert.NotEqual(a.SchedulerName, b.SchedulerName);
            Assert.NotNull(await b.GetJobDetail(new JobKey(CryptoSmartTrader.Bot.Jobs.HeartbeatJob.JobName)));

            await second.DisposeAsync();
            Assert.Equal(SchedulerStatus.Shutdown, b.Status);
            Assert.NotEqual(SchedulerStatus.Shutdown, a.Status);
            Assert.Equal(SchedulerStatus.Running, a.Status);
        }
        finally
        {
            await second.DisposeAsync();
        }
    }
}
