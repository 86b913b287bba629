using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class TradingCycleJob(TradingCycle cycle, BotRuntime runtime, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log, runtime)
{
    public const string JobName = "trading-cycle";

    public override string Name => JobName;

    /// <summary>Fired by the feed at each bar close (and by its cron as a backstop): trades every queued close.</summary>
    protected override Task<string> RunAsync(CancellationToken cancellationToken) => cycle.RunAsync(cancellationToken);
}
