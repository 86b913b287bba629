using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class DailyReportJob(IBotEngine engine, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log)
{
    public const string JobName = "daily-report";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken) => engine.DailyReportAsync(cancellationToken);
}
