using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Labels;

namespace CryptoSmartTrader.Models.Training;

/// <summary>Model-input rows for the latest bar closed at or before a time, one per symbol, in a model's schema.</summary>
public sealed record InferenceRows(FeatureRows Rows, IReadOnlyList<Symbol> Symbols, IReadOnlyList<DateTimeOffset> AsOf, IReadOnlyList<string> Skipped)
{
    /// <summary>
    /// Symbols with no closed bar yet, with undefined features at that bar, or (sequence schemas) with a gap or an undefined
    /// bar among the window's bars are skipped with a reason, never filled.
    /// </summary>
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

            var known = series.Slice(0, i + 1);
            var lags = schema.IncludeLagReturn ? ForwardReturns.Past(known, schema.Horizon) : null;
            var closedAt = DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[i]);
            if (frame.Features.Columns.Any(c => !double.IsFinite(c[i])) || (lags is not null && !double.IsFinite(lags[i])))
            {
                skipped.Add($"{series.Symbol}: features are not defined at {closedAt:O} (warm-up or gap)");
                continue;
            }

            var length = schema.SequenceLength;
            if (length > 1 && SequenceRuns.Lengths(known, frame.Features.Columns.Select(c => c[..(i + 1)]).ToArray(), lags)[i] < length)
            {
                skipped.Add($"{series.Symbol}: the {length} bars ending at {closedAt:O} are not all present and defined (gap or warm-up)");
                continue;
            }

            var row = new double[width];
            for (var b = 0; b < length; b++)
            {
                var bar = i - (length - 1 - b);
                schema.FillRow(row.AsSpan(b * schema.StepWidth, schema.StepWidth), frame.Features.Columns.Select(c => c[bar]).ToArray(),
                    lags?[bar] ?? 0, series.Symbol);
            }

            data.AddRange(row);
            symbols.Add(series.Symbol);
            times.Add(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[i]));
        }

        return new InferenceRows(new FeatureRows([.. data], symbols.Count, width), symbols, times, skipped);
    }
}
