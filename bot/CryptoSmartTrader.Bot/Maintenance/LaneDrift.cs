using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Drift;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Bot.Maintenance;

/// <summary>
/// Drift of one model lane: its input columns and predictions on its training window against the latest bars the bot has
/// seen after that window, plus calibration and hit rate of those recent predictions whose horizon has elapsed (the rows
/// the dataset builder keeps are exactly those with a realised label). Recomputing the predictions gives the values the
/// bot stored, since both are point-in-time predictions of the same model on the same bars.
/// </summary>
internal static class LaneDrift
{
    private const int MinRows = 30;

    /// <summary>The advice, or null with the reason the check could not run.</summary>
    public static (RetrainAdvice? Advice, string Summary) Assess(ModelAlphaSource model, IReadOnlyList<CandleSeries> training,
        IReadOnlyList<CandleSeries> recent, MaintenanceOptions options, DriftOptions drift)
    {
        var meta = model.Metadata;
        if (training.Count == 0 || training.All(s => s.IsEmpty))
        {
            return (null, $"{meta.Name}: no drift check: none of the bars of its training window {Iso(meta.TrainFrom)}..{Iso(meta.TrainTo)} are in the bot's " +
                          "market store; import the candles of that window to compare");
        }

        var reference = DatasetBuilder.Build(LaneDatasets.Frames(model.FeatureSets, training), LaneDatasets.For(model.Model, meta.TrainFrom, meta.TrainTo));
        if (reference.Count < MinRows)
        {
            return (null, $"{meta.Name}: no drift check: only {reference.Count} labelled rows of its training window {Iso(meta.TrainFrom)}..{Iso(meta.TrainTo)} " +
                          $"are in the bot's market store (needs {MinRows}); import the candles of that window to compare");
        }

        var known = recent.Where(s => !s.IsEmpty).ToList();
        if (known.Count == 0) return (null, $"{meta.Name}: no drift check yet: the bot has no closed bars of its symbols");
        var start = known.Count == 0 ? meta.TrainTo : known.Min(s => DateTimeOffset.FromUnixTimeMilliseconds(s.CloseTimeMs[Math.Max(0, s.Count - options.DriftRecentBars)]));
        var from = start > meta.TrainTo ? start : meta.TrainTo.AddMilliseconds(1);
        var latest = DatasetBuilder.Build(LaneDatasets.Frames(model.FeatureSets, known), LaneDatasets.For(model.Model, from));
        if (latest.Count < MinRows)
        {
            return (null, $"{meta.Name}: no drift check yet: {latest.Count} recent out-of-sample rows with a realised {model.Horizon} label since {Iso(from)} (needs {MinRows})");
        }

        var refScores = model.Model.Score(reference.X);
        var recentScores = model.Model.Score(latest.X);
        var advice = new DriftMonitor(drift).Assess(reference.X, latest.X, reference.Schema.ColumnNames,
            refScores.ProbabilityUp, recentScores.ProbabilityUp, latest.Up);
        var hit = advice.RecentHitRate is { } h ? string.Create(CultureInfo.InvariantCulture, $", recent hit rate {h:0.###}, ECE {advice.RecentEce:0.###}") : "";
        return (advice, $"{meta.Name}: {advice.Severity.ToString().ToLowerInvariant()}{(advice.Retrain ? ", retrain advised" : "")}: {advice.Reason} " +
                        $"(training window {reference.Count} rows {Iso(meta.TrainFrom)}..{Iso(meta.TrainTo)} vs {latest.Count} recent rows " +
                        $"{Iso(DateTimeOffset.FromUnixTimeMilliseconds(latest.TimesMs[0]))}..{Iso(DateTimeOffset.FromUnixTimeMilliseconds(latest.TimesMs[^1]))}{hit})");
    }

    internal static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture);
}
