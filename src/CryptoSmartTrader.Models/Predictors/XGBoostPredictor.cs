using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Native;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Gradient-boosted trees through the XGBoost C API: a binary:logistic head for P(up) and a squared-error head for the return.</summary>
public sealed class XGBoostPredictor(XGBoostParameters parameters) : IPredictor
{
    public const string KindName = "xgboost";

    public XGBoostParameters Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    public string Kind => KindName;

    public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = data.X;
        var classifier = XGBoostBooster.Train(x.Data, x.Rows, x.Cols, data.Up, Parameters.ToNative("binary:logistic"), Parameters.Rounds, cancellationToken);
        try
        {
            var regressor = XGBoostBooster.Train(x.Data, x.Rows, x.Cols, data.Returns, Parameters.ToNative("reg:squarederror"), Parameters.Rounds, cancellationToken);
            return new Fitted(classifier, regressor, x.Cols);
        }
        catch
        {
            classifier.Dispose();
            throw;
        }
    }

    internal static IFittedPredictor Load(JsonObject s)
    {
        var classifier = XGBoostBooster.LoadJson(s.ReadString("classifier"));
        var regressor = XGBoostBooster.LoadJson(s.ReadString("regressor"));
        return new Fitted(classifier, regressor, (int)s.ReadDouble("columns"));
    }

    private sealed class Fitted(XGBoostBooster classifier, XGBoostBooster regressor, int columns) : IFittedPredictor, ITreeModel
    {
        public string Kind => KindName;

        public XGBoostBooster Classifier => classifier;

        public XGBoostBooster Regressor => regressor;

        public int Columns => columns;

        public PredictorOutput Predict(FeatureRows rows)
        {
            if (rows.Cols != columns)
            {
                throw new ArgumentException($"xgboost model: expected {columns} columns, got {rows.Cols}", nameof(rows));
            }

            return new PredictorOutput(classifier.Predict(rows.Data, rows.Rows, rows.Cols), regressor.Predict(rows.Data, rows.Rows, rows.Cols));
        }

        /// <summary>Both heads as XGBoost JSON strings, so XGBoost's own tools can read them.</summary>
        public JsonObject Save() => new()
        {
            ["kind"] = Kind,
            ["columns"] = columns,
            ["classifier"] = classifier.SaveJson(),
            ["regressor"] = regressor.SaveJson(),
        };

        public void Dispose()
        {
            classifier.Dispose();
            regressor.Dispose();
        }
    }
}
