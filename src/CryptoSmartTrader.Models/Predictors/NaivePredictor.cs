using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Naive baselines (see <see cref="NaiveKind"/>). Persistence reads the lag-return column.</summary>
public sealed class NaivePredictor(NaiveKind kind) : IPredictor
{
    public string Kind => KindName(kind);

    public static string KindName(NaiveKind kind) => kind switch
    {
        NaiveKind.MajorityDirection => "naive-majority",
        NaiveKind.Persistence => "naive-persistence",
        _ => "naive-zero",
    };

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        switch (kind)
        {
            case NaiveKind.MajorityDirection:
                return new Fitted(kind, -1, [data.Up.Average(), data.Up.Average()], data.Returns.Average());
            case NaiveKind.Persistence:
                var col = IndexOfLag(data.ColumnNames);
                double upAfterUp = 1, nUp = 2, upAfterDown = 1, nDown = 2; // Laplace prior keeps rare cases off 0 and 1
                for (var i = 0; i < data.Count; i++)
                {
                    if (data.X[i, col] > 0)
                    {
                        upAfterUp += data.Up[i];
                        nUp++;
                    }
                    else
                    {
                        upAfterDown += data.Up[i];
                        nDown++;
                    }
                }

                return new Fitted(kind, col, [upAfterDown / nDown, upAfterUp / nUp], 0);
            default:
                return new Fitted(kind, -1, [0.5, 0.5], 0);
        }
    }

    internal static IFittedPredictor Load(JsonObject state) => new Fitted(
        Enum.Parse<NaiveKind>(state.ReadString("naive")), (int)state.ReadDouble("column"), state.ReadDoubles("p"), state.ReadDouble("mean"));

    private static int IndexOfLag(IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            // In sequence rows the sample bar's own lag return is the "@t" column; earlier bars' copies are not what persistence means.
            if (names[i] == DatasetOptions.LagReturnColumn || names[i] == DatasetSchema.StepColumn(DatasetOptions.LagReturnColumn, 0))
            {
                return i;
            }
        }

        throw new ArgumentException($"persistence baseline: needs the '{DatasetOptions.LagReturnColumn}' column (DatasetOptions.IncludeLagReturn)");
    }

    private sealed class Fitted(NaiveKind kind, int column, double[] p, double mean) : IFittedPredictor
    {
        public string Kind => KindName(kind);

        public PredictorOutput Predict(FeatureRows rows)
        {
            var prob = new double[rows.Rows];
            var ret = new double[rows.Rows];
            for (var i = 0; i < rows.Rows; i++)
            {
                if (kind == NaiveKind.Persistence)
                {
                    var lag = rows[i, column];
                    prob[i] = lag > 0 ? p[1] : p[0];
                    ret[i] = lag;
                }
                else
                {
                    prob[i] = p[0];
                    ret[i] = mean;
                }
            }

            return new PredictorOutput(prob, ret);
        }

        public JsonObject Save() => new()
        {
            ["kind"] = Kind,
            ["naive"] = kind.ToString(),
            ["column"] = column,
            ["p"] = p.ToJson(),
            ["mean"] = mean,
        };

        public void Dispose()
        {
        }
    }
}
