using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Maintenance;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class RetrainJob(ModelMaintenance maintenance, BotRuntime runtime, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log, runtime)
{
    public const string JobName = "retrain";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken) => maintenance.RetrainAsync(cancellationToken);
}
