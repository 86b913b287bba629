using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using Microsoft.ML;

namespace CryptoSmartTrader.Models.MlNet;

/// <summary>A fitted ML.NET tree predictor: P(up) from the classifier's probability, the return from the regressor's score.</summary>
internal sealed class MlNetTreeModel(string kind, MLContext ml, ITransformer classifier, ITransformer regressor, int columns) : IFittedPredictor
{
    public string Kind => kind;

    public PredictorOutput Predict(FeatureRows rows)
    {
        if (rows.Cols != columns)
        {
            throw new ArgumentException($"{kind} model: expected {columns} columns, got {rows.Cols}", nameof(rows));
        }

        var view = MlNetRows.View(ml, rows);
        return new PredictorOutput(MlNetRows.Column(classifier.Transform(view), "Probability"), MlNetRows.Column(regressor.Transform(view), "Score"));
    }

    public JsonObject Save() => new()
    {
        ["kind"] = kind,
        ["columns"] = columns,
        ["classifier"] = Zip(classifier),
        ["regressor"] = Zip(regressor),
    };

    public static MlNetTreeModel Load(JsonObject state)
    {
        var kind = state.ReadString("kind");
        var columns = (int)state.ReadDouble("columns");
        var ml = new MLContext();
        return new MlNetTreeModel(kind, ml, Unzip(ml, state, "classifier"), Unzip(ml, state, "regressor"), columns);
    }

    public void Dispose()
    {
        (classifier as IDisposable)?.Dispose();
        (regressor as IDisposable)?.Dispose();
    }

    private string Zip(ITransformer model)
    {
        using var stream = new MemoryStream();
        ml.Model.Save(model, null, stream);
        return Convert.ToBase64String(stream.ToArray());
    }

    private static ITransformer Unzip(MLContext ml, JsonObject state, string name)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(state.ReadString(name));
        }
        catch (FormatException)
        {
            throw new FormatException($"saved {state.ReadString("kind")} model: '{name}' is not base64 (expected an ML.NET model zip)");
        }

        using var stream = new MemoryStream(bytes, writable: false);
        try
        {
            return ml.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException)
        {
            throw new FormatException($"saved {state.ReadString("kind")} model: '{name}' is not an ML.NET model zip ({e.Message})");
        }
    }
}
