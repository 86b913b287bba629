using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class TradingCycleJob(IBotEngine engine, BotStatus status, AlertDispatcher alerts, TimeProvider time) : BotJob(status, alerts, time)
{
    public const string JobName = "trading-cycle";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken) => engine.RunTradingCycleAsync(cancellationToken);
}
