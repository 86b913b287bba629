using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Research.Session;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

[DisallowConcurrentExecution]
internal sealed class DataHealthJob(BotOptions options, BotFeed feed, BotRuntime bot, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log) : BotJob(status, alerts, time, log, bot)
{
    public const string JobName = "data-health";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken)
    {
        PublishDerivatives();
        if (Runtime?.Session is not { } session)
        {
            var folder = DatasetLocator.Find(options.DatasetsPath);
            return Task.FromResult(folder is null ? "no market data found (see notices)" : $"dataset folder {folder}; {feed.Outcome}");
        }

        var health = session.Health;
        return Task.FromResult($"{health.Count(h => h.Report.Tradable)}/{health.Count} symbols tradable at {session.LastClose:O}");
    }

    // Derivatives coverage of the strategy's symbols (the running session's universe, else the configured ones), read from the
    // market store; it informs the page and does not gate trading (a model on the derivatives set gets NaN columns where none is stored).
    private void PublishDerivatives()
    {
        var universe = Runtime?.Session?.Universe;
        if (universe is { Count: > 0 })
        {
            var health = DerivativesHealth.Read(options.DbPath, universe.ExchangeOf(0), universe.Symbols, Time.GetUtcNow());
            Status.ReplaceDerivativesHealth(health);
            NoticeMissingDerivatives(universe.ExchangeOf(0), health);
            return;
        }

        // Configured names the strategy loader has not accepted are left out (it reports them as notices already); the
        // configured list can repeat a name (defaults and appsettings both bind into it), each symbol is shown once.
        if (!Exchange.TryParse(options.Exchange, out var exchange, out _)) return;
        var symbols = options.Symbols.Select(s => Symbol.TryParse(s, out var symbol, out _) ? symbol : (Symbol?)null).OfType<Symbol>().Distinct().ToList();
        Status.ReplaceDerivativesHealth(DerivativesHealth.Read(options.DbPath, exchange, symbols, Time.GetUtcNow()));
    }

    // A model on the derivatives set has NaN in those columns for a symbol the store holds none for, so it makes no prediction
    // there: say so next to the model, with the download command, and drop the notice once the data is stored.
    private void NoticeMissingDerivatives(Exchange exchange, IReadOnlyList<DerivativesHealthView> health)
    {
        if (Runtime?.Session?.Alpha is not ModelStrategyAlpha models) return;
        foreach (var lane in models.Lanes.Where(l => l.Source.FeatureSets.Any(s => s.Name == DerivativesFeatureSet.SetName)))
        {
            foreach (var symbol in lane.Symbols)
            {
                var prefix = $"derivatives {lane.Source.AlphaName} {symbol}:";
                if (health.Any(h => h.Symbol == symbol.ToString() && h.Status == DerivativesHealth.NoData))
                {
                    Status.ReplaceNotice(prefix, $"{prefix} no derivatives data in the store {options.DbPath}, so the model's derivatives columns are NaN " +
                                                 $"and it makes no prediction for {symbol} (fetch: {ResearchDerivatives.DownloadCommand(exchange.ToString(), symbol.ToString())})");
                }
                else
                {
                    Status.RemoveNotice(prefix);
                }
            }
        }
    }
}
