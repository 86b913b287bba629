using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>Proves the scheduler is alive; /health turns not-ready when it stops beating.</summary>
[DisallowConcurrentExecution]
internal sealed class HeartbeatJob(BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log)
{
    public const string JobName = "heartbeat";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken) => Task.FromResult("ok");
}
