using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class DailyReportJob(BotRuntime runtime, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log, runtime)
{
    public const string JobName = "daily-report";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken) => Task.FromResult("daily report written to the status page");
}
