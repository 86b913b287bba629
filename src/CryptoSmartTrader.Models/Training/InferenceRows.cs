using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Labels;

namespace CryptoSmartTrader.Models.Training;

/// <summary>Model-input rows for the latest bar closed at or before a time, one per symbol, in a model's schema.</summary>
public sealed record InferenceRows(FeatureRows Rows, IReadOnlyList<Symbol> Symbols, IReadOnlyList<DateTimeOffset> AsOf, IReadOnlyList<string> Skipped)
{
    /// <summary>Symbols with no closed bar yet or with undefined features at that bar are skipped with a reason, never filled.</summary>
    public static InferenceRows Latest(IReadOnlyList<SymbolFrame> frames, DatasetSchema schema, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(schema);
        var width = schema.Width;
        var data = new List<double>();
        var symbols = new List<Symbol>();
        var times = new List<DateTimeOffset>();
        var skipped = new List<string>();
        foreach (var frame in frames)
        {
            var series = frame.Series;
            if (!frame.Features.Names.SequenceEqual(schema.FeatureColumns, StringComparer.Ordinal))
            {
                throw new ArgumentException($"inference: {series.Symbol} features do not match the model's feature columns");
            }

            var i = series.IndexOfLastClosedAt(asOf);
            if (i < 0)
            {
                skipped.Add($"{series.Symbol}: no bar closed at or before {asOf:O}");
                continue;
            }

            var features = frame.Features.Columns.Select(c => c[i]).ToArray();
            var lag = schema.IncludeLagReturn ? ForwardReturns.Past(series.Slice(0, i + 1), schema.Horizon)[i] : 0;
            if (features.Any(v => !double.IsFinite(v)) || !double.IsFinite(lag))
            {
                skipped.Add($"{series.Symbol}: features are not defined at {DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[i]):O} (warm-up or gap)");
                continue;
            }

            var row = new double[width];
            schema.FillRow(row, features, lag, series.Symbol);
            data.AddRange(row);
            symbols.Add(series.Symbol);
            times.Add(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[i]));
        }

        return new InferenceRows(new FeatureRows([.. data], symbols.Count, width), symbols, times, skipped);
    }
}
