using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Bot.Maintenance;

/// <summary>Labelled rows in a stored model's own input schema, so its recipe, its drift and its hold-out score use the same columns.</summary>
internal static class LaneDatasets
{
    public static DatasetOptions For(HorizonModel model, DateTimeOffset? from = null, DateTimeOffset? to = null, DateTimeOffset? labelsEndBy = null) => new()
    {
        Horizon = model.Horizon,
        From = from,
        To = to,
        LabelsEndBy = labelsEndBy,
        IncludeLagReturn = model.Schema.IncludeLagReturn,
        IncludeSymbolIndicators = model.Schema.IncludeSymbolIndicators,
        SequenceLength = model.Schema.SequenceLength,
        IndicatorSymbols = model.Schema.Symbols,
    };

    public static IReadOnlyList<SymbolFrame> Frames(IReadOnlyList<CryptoSmartTrader.Features.Sets.IFeatureSet> sets, IEnumerable<CandleSeries> series) =>
        series.Where(s => !s.IsEmpty).Select(s => FeatureFrames.Compute(sets, s)).ToArray();
}
