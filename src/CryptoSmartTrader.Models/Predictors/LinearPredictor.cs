using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>The linear baseline: L2 logistic regression for P(up) and ridge regression for the expected log return.</summary>
public sealed class LinearPredictor(double ridgeLambda = 1e-3, double logisticLambda = 1e-3) : IPredictor
{
    public const string KindName = "linear";

    public string Kind => KindName;

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var std = Standardizer.Fit(data.X);
        var ridge = LinearSolver.Ridge(data.X, data.Returns, std, ridgeLambda);
        var logistic = LinearSolver.Logistic(data.X, data.Up, std, logisticLambda, ct: cancellationToken);
        return new Fitted(std, ridge, logistic);
    }

    internal static IFittedPredictor Load(JsonObject s) =>
        new Fitted(new Standardizer(s.ReadDoubles("mean"), s.ReadDoubles("scale")), s.ReadDoubles("ridge"), s.ReadDoubles("logistic"));

    private sealed class Fitted(Standardizer std, double[] ridge, double[] logistic) : IFittedPredictor
    {
        public string Kind => KindName;

        public PredictorOutput Predict(FeatureRows rows)
        {
            if (rows.Cols != std.Mean.Length)
            {
                throw new ArgumentException($"linear model: expected {std.Mean.Length} columns, got {rows.Cols}", nameof(rows));
            }

            var prob = new double[rows.Rows];
            var ret = new double[rows.Rows];
            var z = new double[rows.Cols + 1];
            for (var i = 0; i < rows.Rows; i++)
            {
                std.Transform(rows.Row(i), z);
                prob[i] = LinearSolver.Sigmoid(LinearSolver.Dot(logistic, z));
                ret[i] = LinearSolver.Dot(ridge, z);
            }

            return new PredictorOutput(prob, ret);
        }

        public JsonObject Save() => new()
        {
            ["kind"] = Kind,
            ["mean"] = std.Mean.ToJson(),
            ["scale"] = std.Scale.ToJson(),
            ["ridge"] = ridge.ToJson(),
            ["logistic"] = logistic.ToJson(),
        };

        public void Dispose()
        {
        }
    }
}
