using CryptoSmartTrader.Models.Labels;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// Builds a pooled multi-symbol dataset for one horizon. A bar becomes a sample only when every feature is finite
/// and the bar one horizon after it exists; nothing is interpolated.
/// </summary>
public static class DatasetBuilder
{
    public static LabeledDataset Build(IReadOnlyList<SymbolFrame> frames, DatasetOptions options)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentNullException.ThrowIfNull(options);
        if (frames.Count == 0)
        {
            throw new ArgumentException("dataset: expected at least one symbol frame", nameof(frames));
        }

        var featureNames = frames[0].Features.Names;
        foreach (var f in frames)
        {
            Validate(f, featureNames);
        }

        var symbols = frames.Select(f => f.Series.Symbol).ToArray();
        if (symbols.Distinct().Count() != symbols.Length)
        {
            throw new ArgumentException($"dataset: each symbol may appear once, got [{string.Join(", ", symbols)}]", nameof(frames));
        }

        var schema = new DatasetSchema(featureNames, options.IndicatorSymbols ?? symbols, options.Horizon, options.IncludeLagReturn, options.IncludeSymbolIndicators);
        var from = options.From?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var to = options.To?.ToUnixTimeMilliseconds() ?? long.MaxValue;
        if (options.LabelsEndBy is { } end)
        {
            to = Math.Min(to, end.ToUnixTimeMilliseconds() - ForwardReturns.HorizonMs(options.Horizon));
        }

        var strideMs = options.Stride is { } st && st > TimeSpan.Zero ? (long)st.TotalMilliseconds : 0L;
        var samples = new List<(long Time, int Symbol, int Row, double Ret, double Dir, double Barrier, double Lag)>();
        int bars = 0, missingLabel = 0, missingFeature = 0, outside = 0;
        for (var s = 0; s < frames.Count; s++)
        {
            var series = frames[s].Series;
            var cols = frames[s].Features.Columns;
            var fwd = ForwardReturns.Forward(series, options.Horizon);
            var dirs = ForwardReturns.Directions(fwd, options.Cost);
            var lag = options.IncludeLagReturn ? ForwardReturns.Past(series, options.Horizon) : null;
            var barriers = options.TripleBarrier is null ? null : TripleBarrier.Label(series, options.Horizon, options.TripleBarrier);
            var times = series.CloseTimeMs;
            bars += series.Count;
            for (var i = 0; i < series.Count; i++)
            {
                if (times[i] < from || times[i] > to || (strideMs > 0 && times[i] % strideMs != 0))
                {
                    outside++;
                    continue;
                }

                if (double.IsNaN(fwd[i]) || (barriers is not null && double.IsNaN(barriers[i])))
                {
                    missingLabel++;
                    continue;
                }

                var finite = lag is null || double.IsFinite(lag[i]);
                for (var c = 0; finite && c < cols.Length; c++)
                {
                    finite = double.IsFinite(cols[c][i]);
                }

                if (!finite)
                {
                    missingFeature++;
                    continue;
                }

                samples.Add((times[i], s, i, fwd[i], dirs[i], barriers?[i] ?? double.NaN, lag?[i] ?? 0));
            }
        }

        samples.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Symbol.CompareTo(b.Symbol));
        var n = samples.Count;
        var width = schema.Width;
        var x = new double[n * width];
        var features = new double[featureNames.Count];
        var returns = new double[n];
        var directions = new double[n];
        var barrierLabels = options.TripleBarrier is null ? null : new double[n];
        var symbolIndex = new int[n];
        var sampleTimes = new long[n];
        for (var k = 0; k < n; k++)
        {
            var smp = samples[k];
            var cols = frames[smp.Symbol].Features.Columns;
            for (var c = 0; c < cols.Length; c++)
            {
                features[c] = cols[c][smp.Row];
            }

            schema.FillRow(x.AsSpan(k * width, width), features, smp.Lag, symbols[smp.Symbol]);
            returns[k] = smp.Ret;
            directions[k] = smp.Dir;
            if (barrierLabels is not null)
            {
                barrierLabels[k] = smp.Barrier;
            }

            symbolIndex[k] = smp.Symbol;
            sampleTimes[k] = smp.Time;
        }

        var report = new DatasetReport(bars, n, missingLabel, missingFeature, outside);
        return new LabeledDataset(schema, symbols, new FeatureRows(x, n, width), returns, directions, barrierLabels, symbolIndex, sampleTimes, options.FeatureLookback, report);
    }

    private static void Validate(SymbolFrame frame, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var series = frame.Series;
        var features = frame.Features;
        if (!features.Names.SequenceEqual(names, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"dataset: {series.Symbol} has feature columns [{string.Join(", ", features.Names)}], expected the same columns as the first symbol [{string.Join(", ", names)}]");
        }

        if (features.Rows != series.Count || !features.CloseTimesMs.AsSpan().SequenceEqual(series.CloseTimeMs))
        {
            throw new ArgumentException(
                $"dataset: {series.Symbol} features must have one row per bar at the bar's close time ({series.Count} bars, {features.Rows} feature rows)");
        }
    }
}
