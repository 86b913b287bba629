using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class DataHealthJob(BotOptions options, BotFeed feed, BotRuntime bot, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log, bot)
{
    public const string JobName = "data-health";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (Runtime?.Session is not { } session)
        {
            var folder = DatasetLocator.Find(options.DatasetsPath);
            return Task.FromResult(folder is null ? "no market data found (see notices)" : $"dataset folder {folder}; {feed.Outcome}");
        }

        var health = session.Health;
        return Task.FromResult($"{health.Count(h => h.Report.Tradable)}/{health.Count} symbols tradable at {session.LastClose:O}");
    }
}
