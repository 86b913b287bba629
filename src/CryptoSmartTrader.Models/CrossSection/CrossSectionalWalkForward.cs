using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Out-of-sample scores of one registered model kind on the cross-sectional features: the evaluation rows are cut into
/// consecutive blocks; each block's model is fitted on pooled (bar, symbol) rows whose label ended, plus the embargo,
/// before the block starts (anchored, purged), thinned to one bar per stride (rotating position), and scores the block
/// with its expected-return head. Rows with any undefined feature or target are left out, never filled.
/// </summary>
public static class CrossSectionalWalkForward
{
    public sealed record Result(double[][]? Scores, int TrainRowsLastFold, string? Error);

    public static Result Scores(string kindName, Horizon horizon, double[][][] features, IReadOnlyList<string> columns, double[][] target,
        UniversePanel panel, int hBars, int r0, int r1, CrossSectionalStudyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(panel);
        var kind = ModelKinds.Find(kindName, out var findError);
        if (kind is null) return new Result(null, 0, $"model kind: {findError}");
        var created = kind.Create(new ModelKindRequest { Seed = options.Seed, Horizons = [horizon], Deterministic = true });
        if (!created.Ok) return new Result(null, 0, created.Error);
        var n = panel.Symbols.Count;
        var cols = columns.Count;
        var scores = panel.Member.Select(_ => Enumerable.Repeat(double.NaN, panel.Rows).ToArray()).ToArray();
        if (r1 <= r0) return new Result(scores, 0, null);
        var block = (r1 - r0 + options.Folds - 1) / options.Folds;
        var lastTrain = 0;
        var stride = options.TrainStrideBars;
        for (var s = r0; s < r1; s += block)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var e = Math.Min(r1, s + block);
            var trainEnd = s - hBars - options.EmbargoBars; // the label at t ends at t + hBars; keep t + hBars + embargo < s
            var set = PooledRows(features, columns, target, n, 0, trainEnd, stride);
            if (set.Count < 10 * cols)
            {
                return new Result(null, set.Count, $"{kindName}: only {set.Count} training rows before {DateTimeOffset.FromUnixTimeMilliseconds(panel.Closes.CloseTimeMs[s]):yyyy-MM-dd} (need {10 * cols}); start the evaluation later");
            }

            lastTrain = set.Count;
            using var fitted = created.Predictor!(horizon).Fit(set, cancellationToken);
            var rows = new List<(int I, int T)>();
            var px = new List<double>();
            for (var t = s; t < e; t++)
            {
                for (var i = 0; i < n; i++)
                {
                    if (!AllDefined(features, cols, i, t)) continue;
                    rows.Add((i, t));
                    for (var c = 0; c < cols; c++) px.Add(features[c][i][t]);
                }
            }

            if (rows.Count == 0) continue;
            var output = fitted.Predict(new FeatureRows([.. px], rows.Count, cols));
            for (var k = 0; k < rows.Count; k++) scores[rows[k].I][rows[k].T] = output.ExpectedReturn[k];
        }

        return new Result(scores, lastTrain, null);
    }

    /// <summary>
    /// The pooled (bar, symbol) training rows over bars [<paramref name="from"/>, <paramref name="to"/>): one bar per
    /// <paramref name="stride"/> kept (the position rotates with the stride block so every phase is seen), rows with any
    /// undefined feature or target left out. Labels: the target (regression head) and its sign (classification head).
    /// Shared by the walk-forward study and <see cref="CrossSectionalModelTrainer"/>, so a registered model is fitted as the study's.
    /// </summary>
    public static TrainingSet PooledRows(double[][][] features, IReadOnlyList<string> columns, double[][] target, int symbols, int from, int to, int stride)
    {
        var cols = columns.Count;
        var x = new List<double>();
        var y = new List<double>();
        for (var t = Math.Max(0, from); t < to; t++)
        {
            if (t % stride != t / stride % stride) continue;
            for (var i = 0; i < symbols; i++)
            {
                if (double.IsNaN(target[i][t]) || !AllDefined(features, cols, i, t)) continue;
                for (var c = 0; c < cols; c++) x.Add(features[c][i][t]);
                y.Add(target[i][t]);
            }
        }

        var ys = y.ToArray();
        return new TrainingSet(new FeatureRows([.. x], ys.Length, cols), ys.Select(v => v > 0 ? 1.0 : 0.0).ToArray(), ys, columns);
    }

    private static bool AllDefined(double[][][] features, int cols, int i, int t)
    {
        for (var c = 0; c < cols; c++)
        {
            if (double.IsNaN(features[c][i][t])) return false;
        }

        return true;
    }
}
