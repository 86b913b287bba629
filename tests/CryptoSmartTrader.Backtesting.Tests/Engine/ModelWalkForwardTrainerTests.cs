using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.TestKit.Time;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

/// <summary>Walk-forward with a model on real Binance BTC/USDT hourly bars: purged training spans and repeatable orders.</summary>
public sealed class ModelWalkForwardTrainerTests : IDisposable
{
    private static readonly DateTimeOffset From = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2023, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly WalkForwardPlan Plan = new() { Train = TimeSpan.FromDays(30), Test = TimeSpan.FromDays(15) };
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cst-wf-model-" + Guid.NewGuid().ToString("N"));
    private readonly ModelRegistry _registry;
    private readonly CandleSeries[] _series = [SharedCandles.BinanceHourly("BTC").SliceByCloseTime(new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero), To)];

    public ModelWalkForwardTrainerTests()
    {
        _registry = new ModelRegistry(_root, new ManualTimeProvider());
        // The recipe: a linear 1h model on the ta set, trained (and registered) on data that overlaps the walk-forward period on purpose.
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        using var bundle = MultiHorizonTrainer.Train([FeatureFrames.Compute(features.Sets, _series[0])], new TrainingRequest
        {
            Name = "wf-recipe",
            Horizons = [Horizon.Parse("1h")],
            FeatureSet = features.Descriptor,
            Predictor = _ => new LinearPredictor(),
            Dataset = new DatasetOptions { From = new DateTimeOffset(2022, 12, 1, 0, 0, 0, TimeSpan.Zero), LabelsEndBy = To, Stride = TimeSpan.FromHours(6) },
            IncludeBaselines = false,
        }, new ManualTimeProvider());
        Assert.True(_registry.Save(bundle).Ok);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void No_out_of_sample_bar_lies_inside_a_training_label_window_and_runs_repeat_exactly()
    {
        var (first, trainer) = Run();
        Assert.Equal(2, first.Windows.Count);
        Assert.Equal(first.Windows.Count, trainer.Trained.Count);
        Assert.True(first.Orders.Count > 0, "the retrained models should trade at a 55% gate");
        var hour = TimeSpan.FromHours(1);
        foreach (var w in first.Windows)
        {
            var t = trainer.Trained[w.Index];
            Assert.Equal(w.Index, t.Window);
            Assert.True(t.FirstSample >= w.TrainFrom, $"window {w.Index}: first sample {t.FirstSample:O} before {w.TrainFrom:O}");
            Assert.Equal(t.LastSample + hour, t.LabelsEnd);
            Assert.True(t.LabelsEnd <= w.TestFrom - hour, $"window {w.Index}: labels end {t.LabelsEnd:O}, less than one horizon before {w.TestFrom:O}");
            Assert.Equal((w.TestFrom, w.TestTo), (t.TestFrom, t.TestTo));
        }

        // Every bar the kernel traded on (equity points) and every order belongs to a test window whose model's labels ended before it.
        foreach (var time in first.Equity.Select(e => e.Time).Concat(first.Orders.Select(o => o.Time)))
        {
            var w = first.Windows.Single(x => x.IsTest(time));
            Assert.True(time > trainer.Trained[w.Index].LabelsEnd);
        }

        var (second, _) = Run();
        Assert.Equal(first.OrderListHash, second.OrderListHash);
        Assert.Equal(first.Orders.Count, second.Orders.Count);
    }

    [Fact]
    public void Unknown_models_and_too_short_windows_are_reported()
    {
        Assert.Contains("'nope' not found", ModelWalkForwardTrainer.FromRegistry(_registry, "nope").Error);
        Assert.Throws<ArgumentOutOfRangeException>(() => ModelWalkForwardTrainer.FromRegistry(_registry, "wf-recipe", new ModelRetrainOptions { EmbargoHorizons = 0 }));
        var trainer = ModelWalkForwardTrainer.FromRegistry(_registry, "wf-recipe", new ModelRetrainOptions { Stride = TimeSpan.FromDays(1) }).Value!;
        var shortPlan = new WalkForwardPlan { Train = TimeSpan.FromHours(1), Test = TimeSpan.FromDays(15) }; // labels would have to end before the first sample
        var ex = Assert.Throws<InvalidOperationException>(() => WalkForwardRunner.Run(_series, Blueprint(), shortPlan, trainer.Trainer(_series, new ManualTimeProvider()),
            From, To, Settings()));
        Assert.StartsWith("walk-forward window 0", ex.Message);
    }

    private (BacktestResult Result, ModelWalkForwardTrainer Trainer) Run()
    {
        var opened = ModelWalkForwardTrainer.FromRegistry(_registry, "wf-recipe");
        Assert.True(opened.Ok, opened.Error);
        var trainer = opened.Value!;
        Assert.Equal((LinearPredictor.KindName, Horizon.Parse("1h")), (trainer.PredictorKind, trainer.Horizon));
        var result = WalkForwardRunner.Run(_series, Blueprint(), Plan, trainer.Trainer(_series, new ManualTimeProvider()), From, To, Settings());
        return (result with { WindowTraining = trainer.Trained.ToArray() }, trainer);
    }

    private static KernelBlueprint Blueprint() => new()
    {
        Alpha = u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions()),
        Venue = u => new SimulatedVenue(ExchangeProfiles.Binance, u, new SimulatedVenueOptions()),
        Options = () => new TradingKernelOptions { InitialCash = 10_000m },
        Risk = () => new RiskOptions { MinConfidence = 0.55, VolatilityShockSigmas = 0, CorrelationSpikeThreshold = 0 },
    };

    private BacktestSettings Settings() => new("model walk-forward", Exchange.Binance, [_series[0].Symbol], Timeframe.H1, From, To, 10_000m, "USDT", 0, true,
        new Dictionary<string, string>());
}
