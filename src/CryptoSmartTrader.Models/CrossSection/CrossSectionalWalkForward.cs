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
            var x = new List<double>();
            var y = new List<double>();
            for (var t = 0; t < trainEnd; t++)
            {
                if (t % stride != t / stride % stride) continue;
                for (var i = 0; i < n; i++)
                {
                    if (double.IsNaN(target[i][t]) || !AllDefined(features, cols, i, t)) continue;
                    for (var c = 0; c < cols; c++) x.Add(features[c][i][t]);
                    y.Add(target[i][t]);
                }
            }

            if (y.Count < 10 * cols)
            {
                return new Result(null, y.Count, $"{kindName}: only {y.Count} training rows before {DateTimeOffset.FromUnixTimeMilliseconds(panel.Closes.CloseTimeMs[s]):yyyy-MM-dd} (need {10 * cols}); start the evaluation later");
            }

            lastTrain = y.Count;
            var ys = y.ToArray();
            var set = new TrainingSet(new FeatureRows([.. x], ys.Length, cols), ys.Select(v => v > 0 ? 1.0 : 0.0).ToArray(), ys, columns);
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

    private static bool AllDefined(double[][][] features, int cols, int i, int t)
    {
        for (var c = 0; c < cols; c++)
        {
            if (double.IsNaN(features[c][i][t])) return false;
        }

        return true;
    }
}
