using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class ModelFacadeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-models-").FullName;

    [Fact]
    public void Train_evaluate_save_promote_and_predict_on_real_candles()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider(), Path.Combine(_dir, "models"));
        var series = new[] { Hourly("BTC", Utc(2023, 5, 1), Utc(2024, 2, 1)), Hourly("ETH", Utc(2023, 5, 1), Utc(2024, 2, 1)) };
        var (trainFrom, trainTo, testTo) = (Utc(2023, 7, 1), Utc(2023, 12, 1), Utc(2024, 2, 1));

        using var bundle = session.Models.Train(series, "facade-test", "1h,24h", trainFrom, trainTo, kind: "linear", stride: TimeSpan.FromHours(2));
        Assert.Equal(["1h", "24h"], bundle.Horizons.Keys.Order(StringComparer.Ordinal));
        Assert.True(bundle.Metadata.TrainTo <= trainTo, $"training labels end by {trainTo:O}, metadata says {bundle.Metadata.TrainTo:O}");
        // Walk-forward out-of-fold scores of the model and of the naive baselines it is compared with.
        Assert.Contains(bundle.Metadata.Metrics, m => m.Model == "linear");
        Assert.Contains(bundle.Metadata.Metrics, m => m.Model.StartsWith("naive-", StringComparison.Ordinal));

        var metrics = session.Models.Evaluate(bundle, series, trainTo.AddDays(2), testTo);
        foreach (var h in new[] { "1h", "24h" })
        {
            var model = Assert.Single(metrics, m => m.Horizon == h && m.Model == "facade-test");
            Assert.True(model.N > 0);
            Assert.InRange(model.Auc, 0, 1);
            Assert.InRange(model.Brier, 0, 1);
            Assert.Contains(metrics, m => m.Horizon == h && m.Model != "facade-test"); // a naive baseline on the same rows
        }

        Assert.Contains("Reliability", Plotly.NET.GenericChart.toFigureJson(session.Models.ReliabilityChart(bundle, "24h", series, trainTo.AddDays(2), testTo)), StringComparison.Ordinal);

        Assert.True(session.Models.Save(bundle).Ok);
        var promoted = session.Models.Promote("facade-test");
        Assert.True(promoted.Ok, promoted.Error);
        Assert.Equal("facade-test", session.Registry.Promoted()?.Name);
        Assert.Equal(ModelState.Promoted, session.Registry.Show("facade-test").Value!.State);

        var loaded = session.Models.LoadModel("facade-test");
        Assert.True(loaded.Ok, loaded.Error);
        using var stored = loaded.Value!;
        var (predictions, skipped) = session.Models.PredictLatest(stored, "24h", series, testTo);
        Assert.Empty(skipped);
        Assert.Equal(2, predictions.Count);
        Assert.False(session.Models.LoadModel("no-such-model").Ok);
    }

    [Fact]
    public void Bad_training_input_is_refused_by_name()
    {
        using var session = ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider(), Path.Combine(_dir, "models"));
        var series = new[] { Hourly("BTC", Utc(2024, 1, 1), Utc(2024, 2, 1)) };
        var kind = Assert.Throws<ArgumentException>(() => session.Models.Train(series, "x", "1h", Utc(2024, 1, 10), Utc(2024, 2, 1), kind: "svm"));
        // Every registered kind is accepted (the facade trains through ModelKinds, like cst train).
        Assert.Contains("Train: kind: expected xgboost, linear, stacked, regime-routed", kind.Message, StringComparison.Ordinal);
        Assert.Contains("got 'svm'", kind.Message, StringComparison.Ordinal);
        var window = Assert.Throws<ArgumentException>(() => session.Models.Train(series, "x", "1h", Utc(2024, 2, 1), Utc(2024, 1, 10)));
        Assert.Contains("must be after", window.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => session.Models.Train(series, "x", "soon", Utc(2024, 1, 10), Utc(2024, 2, 1)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
