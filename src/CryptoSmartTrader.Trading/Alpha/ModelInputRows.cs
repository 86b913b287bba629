using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Labels;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// Model-input rows for a range of bars of one series, in the model's schema: the features computed over
/// the whole series (row i depends only on bars 0..i), the lag return when the schema has one, the symbol indicators;
/// a sequence schema takes its bars from the consecutive bars ending at the row.
/// Rows with any undefined input are left out, never filled.
/// </summary>
internal sealed class ModelInputRows
{
    private readonly CandleSeries _series;
    private readonly double[] _data;

    private ModelInputRows(CandleSeries series, List<int> index, double[] data)
    {
        _series = series;
        Index = index;
        _data = data;
    }

    /// <summary>The series rows that have a model input, ascending.</summary>
    public List<int> Index { get; }

    public int Count => Index.Count;

    /// <summary>Rows for the bars <paramref name="startRow"/>..<paramref name="endRow"/> (inclusive) of the frame that have every input.</summary>
    public static ModelInputRows Build(ModelAlphaSource source, SymbolFrame frame, int startRow, int endRow)
    {
        var schema = source.Model.Schema;
        var series = frame.Series;
        if (!frame.Features.Names.SequenceEqual(schema.FeatureColumns, StringComparer.Ordinal))
        {
            throw new ArgumentException($"model {source.Metadata.Name}: the {series.Symbol} frame's feature columns are not the model's " +
                $"[{string.Join(", ", schema.FeatureColumns)}]", nameof(frame));
        }

        var lag = schema.IncludeLagReturn ? ForwardReturns.Past(series, schema.Horizon) : null;
        var cols = frame.Features.Columns;
        var (length, step) = (schema.SequenceLength, schema.StepWidth);
        var index = new List<int>();
        var data = new List<double>();
        var row = new double[schema.Width];
        var features = new double[cols.Length];
        var open = series.OpenTimeMs;
        var close = series.CloseTimeMs;
        var run = 0;
        for (var i = 0; i <= endRow && i < series.Count; i++)
        {
            // Consecutive defined bars ending at i (a gap restarts the count): a row needs the schema's sequence length.
            var ok = lag is null || double.IsFinite(lag[i]);
            for (var c = 0; ok && c < cols.Length; c++) ok = double.IsFinite(cols[c][i]);
            run = !ok ? 0 : run > 0 && open[i] == close[i - 1] ? run + 1 : 1;
            if (i < startRow || run < length) continue;
            for (var b = 0; b < length; b++)
            {
                var bar = i - (length - 1 - b);
                for (var c = 0; c < cols.Length; c++) features[c] = cols[c][bar];
                schema.FillRow(row.AsSpan(b * step, step), features, lag?[bar] ?? 0, series.Symbol);
            }

            data.AddRange(row);
            index.Add(i);
        }

        return new ModelInputRows(series, index, [.. data]);
    }

    public IReadOnlyList<Prediction> Predict(ModelAlphaSource source)
    {
        var asOf = Index.Select(i => DateTimeOffset.FromUnixTimeMilliseconds(_series.CloseTimeMs[i])).ToArray();
        var symbols = Enumerable.Repeat(_series.Symbol, Count).ToArray();
        return source.Model.Predict(new FeatureRows(_data, Count, source.Model.Schema.Width), symbols, asOf, source.Metadata.Name, source.Version);
    }
}
