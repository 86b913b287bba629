using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

/// <summary>A small linear 1h model trained on real Binance BTC/USDT bars (Jan–Feb 2023) and saved in a temporary registry.</summary>
public sealed class TrainedTestModel : IDisposable
{
    public static readonly DateTimeOffset TrainEnd = new(2023, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public TrainedTestModel()
    {
        const string name = "stream-test";
        Root = Path.Combine(Path.GetTempPath(), "cst-trading-model-" + Guid.NewGuid().ToString("N"));
        Registry = new ModelRegistry(Root, new ManualTimeProvider(new DateTimeOffset(2023, 3, 2, 0, 0, 0, TimeSpan.Zero)));
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        var series = SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero), TrainEnd);
        var frames = new[] { FeatureFrames.Compute(features.Sets, series) };
        using var bundle = MultiHorizonTrainer.Train(frames, new TrainingRequest
        {
            Name = name,
            Horizons = [Horizon.Parse("1h")],
            FeatureSet = features.Descriptor,
            Predictor = _ => new LinearPredictor(),
            Dataset = new DatasetOptions { From = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), LabelsEndBy = TrainEnd, Stride = TimeSpan.FromHours(12) },
            IncludeBaselines = false,
        }, new ManualTimeProvider());
        var saved = Registry.Save(bundle);
        Assert.True(saved.Ok, saved.Error);
        Name = name;
    }

    public string Root { get; }
    public ModelRegistry Registry { get; }
    public string Name { get; }

    public static CandleSeries Btc(DateTimeOffset from, DateTimeOffset to) => SharedCandles.BinanceHourly("BTC").SliceByCloseTime(from, to);

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}
