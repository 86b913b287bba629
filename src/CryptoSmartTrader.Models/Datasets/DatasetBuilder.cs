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

        if (options.SequenceLength < 1)
        {
            throw new ArgumentException($"dataset: SequenceLength must be at least 1 bar, got {options.SequenceLength}", nameof(options));
        }

        var length = options.SequenceLength;
        var schema = new DatasetSchema(featureNames, options.IndicatorSymbols ?? symbols, options.Horizon, options.IncludeLagReturn, options.IncludeSymbolIndicators, length);
        var from = options.From?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var to = options.To?.ToUnixTimeMilliseconds() ?? long.MaxValue;
        if (options.LabelsEndBy is { } end)
        {
            to = Math.Min(to, end.ToUnixTimeMilliseconds() - ForwardReturns.HorizonMs(options.Horizon));
        }

        var strideMs = options.Stride is { } st && st > TimeSpan.Zero ? (long)st.TotalMilliseconds : 0L;
        var samples = new List<(long Time, int Symbol, int Row, double Ret, double Dir, double Barrier)>();
        var lags = new double[frames.Count][];
        int bars = 0, missingLabel = 0, missingFeature = 0, outside = 0, shortSequence = 0;
        for (var s = 0; s < frames.Count; s++)
        {
            var series = frames[s].Series;
            var cols = frames[s].Features.Columns;
            var fwd = ForwardReturns.Forward(series, options.Horizon);
            var dirs = ForwardReturns.Directions(fwd, options.Cost);
            var lag = options.IncludeLagReturn ? ForwardReturns.Past(series, options.Horizon) : null;
            lags[s] = lag ?? [];
            var runs = length > 1 ? SequenceRuns.Lengths(series, cols, lag) : null;
            var barriers = options.TripleBarrier is null ? null : TripleBarrier.Label(series, options.Horizon, options.TripleBarrier);
            var times = series.CloseTimeMs;
            var barMs = series.Timeframe.IsFixed ? series.Timeframe.DurationMs : 0;
            bars += series.Count;
            for (var i = 0; i < series.Count; i++)
            {
                if (times[i] < from || times[i] > to || (strideMs > 0 && !StrideKeeps(times[i], strideMs, barMs)))
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

                if (runs is not null && runs[i] < length)
                {
                    shortSequence++;
                    continue;
                }

                samples.Add((times[i], s, i, fwd[i], dirs[i], barriers?[i] ?? double.NaN));
            }
        }

        samples.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Symbol.CompareTo(b.Symbol));
        var n = samples.Count;
        var width = schema.Width;
        var x = new double[n * width];
        var features = new double[featureNames.Count];
        var step = schema.StepWidth;
        var returns = new double[n];
        var directions = new double[n];
        var barrierLabels = options.TripleBarrier is null ? null : new double[n];
        var symbolIndex = new int[n];
        var sampleTimes = new long[n];
        for (var k = 0; k < n; k++)
        {
            var smp = samples[k];
            var cols = frames[smp.Symbol].Features.Columns;
            for (var b = 0; b < length; b++)
            {
                // Oldest bar first; the checks above guarantee these bars are consecutive, gap-free and defined.
                var bar = smp.Row - (length - 1 - b);
                for (var c = 0; c < cols.Length; c++)
                {
                    features[c] = cols[c][bar];
                }

                var lag = options.IncludeLagReturn ? lags[smp.Symbol][bar] : 0;
                schema.FillRow(x.AsSpan(k * width + b * step, step), features, lag, symbols[smp.Symbol]);
            }

            returns[k] = smp.Ret;
            directions[k] = smp.Dir;
            if (barrierLabels is not null)
            {
                barrierLabels[k] = smp.Barrier;
            }

            symbolIndex[k] = smp.Symbol;
            sampleTimes[k] = smp.Time;
        }

        var report = new DatasetReport(bars, n, missingLabel, missingFeature, outside, shortSequence);

        // A sequence row also reads the L-1 bars before t, so purging must treat its feature window as that much longer.
        var timeframe = frames[0].Series.Timeframe;
        var lookback = options.FeatureLookback + (length > 1 && timeframe.IsFixed ? timeframe.Duration * (length - 1) : TimeSpan.Zero);
        return new LabeledDataset(schema, symbols, new FeatureRows(x, n, width), returns, directions, barrierLabels, symbolIndex, sampleTimes, lookback, report);
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

    /// <summary>
    /// One sample per stride period, at a bar position that advances by one bar each period: with 1h bars and a 24h
    /// stride, day 0 keeps 00:00, day 1 keeps 01:00, … so every hour of the day is trained on. Keeping only multiples of
    /// the stride trained intraday horizons on midnight bars alone; scored at every hour, such a 1h model made 80%
    /// calls that were right 55% of the time (docs/models.md). Strides that are not a whole number of bars keep multiples.
    /// </summary>
    internal static bool StrideKeeps(long closeMs, long strideMs, long barMs)
    {
        if (barMs <= 0 || strideMs <= barMs || strideMs % barMs != 0) return closeMs % strideMs == 0;
        var positions = strideMs / barMs;
        var period = Math.DivRem(closeMs, strideMs, out var offset);
        return offset == (((period % positions) + positions) % positions) * barMs;
    }
}
