using CryptoSmartTrader.Models.Torch;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary><see cref="ResearchModels.TrainDeep"/>: the deep models from notebooks, on real candles.</summary>
public sealed class DeepFacadeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-deep-").FullName;

    private ResearchSession Open() =>
        ResearchSession.Open(SharedDatasets.RootPath, Path.Combine(_dir, "cst.db"), new ManualTimeProvider(), Path.Combine(_dir, "models"));

    [Fact]
    public void Availability_is_reported_as_the_probes_own_reason()
    {
        var availability = TorchRuntime.Availability;
        using var session = Open();
        Assert.Equal(availability.IsAvailable ? null : availability.Detail, session.Models.DeepModelsUnavailable);
    }

    [Fact]
    public void An_lstm_trains_on_sequence_windows_and_evaluates_next_to_the_baselines()
    {
        using var session = Open();
        if (session.Models.DeepModelsUnavailable is not null)
        {
            return; // covered by the availability test; nothing to train without libtorch
        }

        var series = new[] { Hourly("BTC", Utc(2023, 5, 1), Utc(2023, 10, 1)), Hourly("ETH", Utc(2023, 5, 1), Utc(2023, 10, 1)) };
        using var bundle = session.Models.TrainDeep(series, "deep-facade", "1h", Utc(2023, 7, 1), Utc(2023, 9, 1), kind: "lstm", epochs: 2, window: 6, hidden: 8,
            stride: TimeSpan.FromHours(12));

        Assert.Equal("lstm", bundle.Metadata.PredictorKind);
        Assert.Equal(6, bundle.For(CryptoSmartTrader.Core.Research.Horizon.H1).Schema.SequenceLength);
        Assert.Equal("6", bundle.Metadata.Hyperparameters["window"]);
        var metrics = session.Models.Evaluate(bundle, series, Utc(2023, 9, 3), Utc(2023, 10, 1));
        Assert.True(Assert.Single(metrics, m => m.Model == "deep-facade").N > 500);
        Assert.Equal(3, metrics.Count(m => m.Model.StartsWith("naive-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Bad_deep_training_input_is_refused_by_name()
    {
        using var session = Open();
        var series = new[] { Hourly("BTC", Utc(2024, 1, 1), Utc(2024, 2, 1)) };
        var kind = Assert.Throws<ArgumentException>(() => session.Models.TrainDeep(series, "x", "1h", Utc(2024, 1, 10), Utc(2024, 2, 1), kind: "gru"));
        Assert.Contains("lstm, transformer or nbeats", kind.Message, StringComparison.Ordinal);
        var window = Assert.Throws<ArgumentException>(() => session.Models.TrainDeep(series, "x", "1h", Utc(2024, 2, 1), Utc(2024, 1, 10)));
        Assert.Contains("must be after", window.Message, StringComparison.Ordinal);
        var epochs = Assert.Throws<ArgumentException>(() => session.Models.TrainDeep(series, "x", "1h", Utc(2024, 1, 10), Utc(2024, 2, 1), epochs: 0));
        Assert.Contains("Epochs", epochs.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
