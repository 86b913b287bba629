using System.Collections.Concurrent;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Models.Drift;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Bot.Maintenance;

/// <summary>
/// The drift-check and retrain jobs' work for a model strategy: drift per model lane against its training bars, and a
/// retrain that replaces a lane at the next bar close only when the candidate wins. Owns the latest drift advice.
/// </summary>
internal sealed class ModelMaintenance(BotOptions options, MaintenanceOptions maintenance, BotRuntime runtime, BotFeed feed, BotStatus status, BotAlerts alerts, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, RetrainAdvice> _advice = new(StringComparer.Ordinal);

    /// <summary>The latest drift advice per model name: what the retrain job acts on.</summary>
    public IReadOnlyDictionary<string, RetrainAdvice> LatestAdvice => _advice;

    public async Task<string> CheckDriftAsync(CancellationToken cancellationToken)
    {
        if (ModelLanes(out var session, out var alpha, out var lanes) is { } why) return $"no drift check: {why}";
        var (series, _) = Snapshot(session);
        var lines = new List<string>();
        foreach (var lane in lanes)
        {
            var model = lane.Source;
            var training = await TrainingBarsAsync(model, LaneSeries(series, lane), cancellationToken);
            var (advice, summary) = await Task.Run(() => LaneDrift.Assess(model, training, LaneSeries(series, lane), maintenance, new DriftOptions()), cancellationToken);
            lines.Add(summary);
            status.ReplaceNotice($"drift {model.Metadata.Name}:", $"drift {summary}");
            if (advice is null) continue;
            _advice[model.Metadata.Name] = advice;
            if (advice.Severity == DriftSeverity.Severe) await alerts.RaiseAsync(AlertKind.ModelDrift, AlertSeverity.Warning, $"model drift: {summary}", cancellationToken);
        }

        return string.Join(" | ", lines);
    }

    public async Task<string> RetrainAsync(CancellationToken cancellationToken)
    {
        if (ModelLanes(out var session, out var alpha, out var lanes) is { } why) return $"no retrain: {why}";
        var (series, last) = Snapshot(session);
        var registry = new ModelRegistry(options.ModelsPath, time);
        var lines = new List<string>();
        foreach (var lane in lanes)
        {
            var name = lane.Source.Metadata.Name;
            _advice.TryGetValue(name, out var advice);
            if (!maintenance.RetrainOnSchedule && advice is not { Retrain: true })
            {
                lines.Add(advice is null
                    ? $"{name}: no retrain: no drift advice yet (the drift check has not assessed it) and RetrainOnSchedule is off"
                    : $"{name}: no retrain: the latest drift advice is {advice.Severity.ToString().ToLowerInvariant()} ({advice.Reason})");
                continue;
            }

            var result = await Task.Run(() => LaneRetrainer.Retrain(registry, lane.Source, LaneSeries(series, lane), last, maintenance, time, cancellationToken), cancellationToken);
            var line = result.Message;
            if (result.Promoted) line += "; " + SwitchLane(session, alpha, registry, name, result.Candidate!, last);
            lines.Add(line);
            status.ReplaceNotice($"retrain {name}:", $"retrain {line}");
            if (result.Promoted) await alerts.RaiseAsync(AlertKind.ModelDrift, AlertSeverity.Info, $"model replaced: {line}", cancellationToken);
        }

        return string.Join(" | ", lines);
    }

    // The running lane switches under the session gate, so the very next bar close is predicted by the new model.
    private string SwitchLane(BotSession session, ModelStrategyAlpha alpha, ModelRegistry registry, string old, string candidate, DateTimeOffset last)
    {
        _advice.TryRemove(old, out _);
        var opened = ModelAlphaSource.Open(registry, candidate, last, featureSets: StoreFeatureSets.Create(options.DbPath));
        if (!opened.Ok) return $"{candidate} could not be opened for trading ({opened.Error}); the bot trades {old} until it restarts";
        bool swapped;
        lock (session.Gate)
        {
            var asOf = session.LastClose ?? last;
            swapped = alpha.Replace(old, opened.Value!, symbol => session.Series.FirstOrDefault(s => s.Symbol == symbol)?.KnownAt(asOf));
        }

        return swapped
            ? $"the bot trades {candidate} from the next bar close (after a restart: strategy 'promoted' picks it up; a strategy file naming model:{old} must name model:{candidate})"
            : $"no running lane trades {old} any more; {candidate} is used after a restart";
    }

    private string? ModelLanes(out BotSession session, out ModelStrategyAlpha alpha, out IReadOnlyList<ModelLane> lanes)
    {
        session = runtime.Session!;
        alpha = null!;
        lanes = [];
        if (session is null) return $"not trading yet ({feed.Outcome})";
        if (session.Alpha is not ModelStrategyAlpha models)
        {
            return $"the strategy is {session.Alpha.Name}, a rule with no model; drift checks and retraining apply to promoted models (strategy model:NAME or promoted)";
        }

        alpha = models;
        lock (session.Gate)
        {
            lanes = models.Lanes;
            if (session.LastClose is null) return "no bar has closed yet";
        }

        return lanes.Count == 0 ? "no model lane has market data" : null;
    }

    private static (IReadOnlyList<CandleSeries> Series, DateTimeOffset Last) Snapshot(BotSession session)
    {
        lock (session.Gate)
        {
            var last = session.LastClose!.Value;
            return (session.Series.Select(s => s.KnownAt(last)).ToList(), last);
        }
    }

    private static List<CandleSeries> LaneSeries(IReadOnlyList<CandleSeries> series, ModelLane lane) =>
        series.Where(s => lane.Symbols.Contains(s.Symbol) && !s.IsEmpty).ToList();

    // The training window's bars come from the bot's market store (the replayed dataset was imported whole; live candles are stored too).
    private async Task<IReadOnlyList<CandleSeries>> TrainingBarsAsync(ModelAlphaSource model, IReadOnlyList<CandleSeries> lane, CancellationToken ct)
    {
        var meta = model.Metadata;
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = options.DbPath });
        var result = new List<CandleSeries>();
        foreach (var s in lane)
        {
            // Features need a warm-up before the first training row: 30 days or 500 bars, whichever is longer.
            var warmup = TimeSpan.FromDays(Math.Max(30, 500 * (s.Timeframe.IsFixed ? s.Timeframe.Duration.TotalDays : 31)));
            var loaded = await store.LoadAsync(s.Exchange, s.Symbol, s.Timeframe, meta.TrainFrom - warmup, meta.TrainTo + model.Horizon.Duration, ct);
            if (!loaded.IsEmpty) result.Add(loaded);
        }

        return result;
    }
}
