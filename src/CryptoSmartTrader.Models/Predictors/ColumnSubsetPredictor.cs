using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>
/// Fits a learner on named columns only, e.g. stacking base models that each see a different feature family.
/// Rows at prediction time must have the training set's full column layout.
/// </summary>
public sealed class ColumnSubsetPredictor(IPredictor learner, IReadOnlyList<string> columns) : IPredictor
{
    public const string KindName = "columns";

    public string Kind => KindName;

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("column subset: expected at least one column", nameof(columns));
        }

        var index = columns.Select(c =>
        {
            for (var i = 0; i < data.ColumnNames.Count; i++)
            {
                if (data.ColumnNames[i] == c)
                {
                    return i;
                }
            }

            throw new ArgumentException($"column subset: no column '{c}' in [{string.Join(", ", data.ColumnNames)}]", nameof(data));
        }).ToArray();
        var set = new TrainingSet(Select(data.X, index), data.Up, data.Returns, columns.ToArray());
        return new Fitted(index, data.X.Cols, learner.Fit(set, cancellationToken));
    }

    internal static IFittedPredictor Load(JsonObject s) =>
        new Fitted(s.ReadDoubles("columns").Select(v => (int)v).ToArray(), (int)s.ReadDouble("width"),
            PredictorStore.Load(s["model"] as JsonObject ?? throw new FormatException("saved model: column subset has no model")));

    private static FeatureRows Select(FeatureRows x, int[] index)
    {
        var data = new double[x.Rows * index.Length];
        for (var i = 0; i < x.Rows; i++)
        {
            for (var k = 0; k < index.Length; k++)
            {
                data[i * index.Length + k] = x[i, index[k]];
            }
        }

        return new FeatureRows(data, x.Rows, index.Length);
    }

    private sealed class Fitted(int[] index, int width, IFittedPredictor inner) : IFittedPredictor
    {
        public string Kind => KindName;

        public PredictorOutput Predict(FeatureRows rows)
        {
            if (rows.Cols != width)
            {
                throw new ArgumentException($"column subset model: expected {width} columns, got {rows.Cols}", nameof(rows));
            }

            return inner.Predict(Select(rows, index));
        }

        public JsonObject Save() => new()
        {
            ["kind"] = Kind,
            ["columns"] = index.Select(i => (double)i).ToJson(),
            ["width"] = width,
            ["model"] = inner.Save(),
        };

        public void Dispose() => inner.Dispose();
    }
}
