using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Models.Tests.CrossSection;

public sealed class CrossSectionalModelTrainerTests : IDisposable
{
    private static readonly CrossSectionalOptions Small = new()
    {
        MomentumBars = [6, 12], ResidualMomentumBars = 6, VolatilityBars = 12, TurnoverBars = 12, HighBars = 12, BetaBars = 12, WarmUpBars = 12,
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cst-xs-trainer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_trained_model_is_registered_with_its_universe_target_and_horizon_and_reloads_with_the_same_scores_synthetic()
    {
        var universe = CrossSectionalTargetsTests.SyntheticUniverse(400, symbols: 6);
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(universe[0].CloseTimeMs[0]);
        var request = new CrossSectionalTrainingRequest
        {
            Name = "xs-lin", Kind = "linear", Horizon = Horizon.Parse("24h"), Target = CrossSectionalTargetKind.Demeaned,
            TrainFrom = t0.AddHours(20), TrainTo = t0.AddHours(300), TrainStrideBars = 2, Factors = Small,
        };
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var trained = CrossSectionalModelTrainer.Train(universe, request, clock);
        Assert.True(trained.Ok, trained.Error);
        using var bundle = trained.Value!;
        var registry = new ModelRegistry(_root, clock);
        Assert.True(registry.Save(bundle).Ok);

        var meta = registry.Show("xs-lin").Value!;
        Assert.Equal("xsection", meta.FeatureSet.Name);
        var info = meta.CrossSection!;
        Assert.Equal(universe.Select(s => s.Symbol.ToString()), info.Universe);
        Assert.Equal(CrossSectionalTargetKind.Demeaned, info.Target);
        Assert.Equal("24h", info.Horizon);
        Assert.Equal(24, info.HorizonBars);
        Assert.Equal(Small.MomentumBars, info.Factors.MomentumBars);
        Assert.Equal(Small.WarmUpBars, info.Factors.WarmUpBars);
        Assert.Equal(request.TrainTo, meta.TrainTo);
        // Rows from TrainFrom with labels ending by TrainTo, every second bar: fewer than all rows of the window.
        Assert.InRange(info.TrainRows, 10 * CrossSectionalModelTrainer.ModelColumns(Small).Count, 6 * 140);

        using var loaded = registry.Load("xs-lin", CrossSectionalModelTrainer.Descriptor(info.Factors)).Value!;
        var panel = UniversePanel.Create(universe, Small.WarmUpBars);
        var features = new CrossSectionalFactors(Small).Compute(panel);
        var cols = CrossSectionalModelTrainer.ModelColumns(Small).Count;
        var row = Enumerable.Range(0, 6).SelectMany(i => Enumerable.Range(0, cols).Select(c => features[c][i][380])).ToArray();
        var x = new CryptoSmartTrader.Models.Datasets.FeatureRows(row, 6, cols);
        var before = bundle.Horizons["24h"].Predictor.Predict(x).ExpectedReturn;
        var after = loaded.Horizons["24h"].Predictor.Predict(x).ExpectedReturn;
        Assert.Equal(before, after);
        Assert.True(before.Distinct().Count() > 1, "the model ranks the members apart");
    }

    [Fact]
    public void Labels_never_reach_past_the_training_end_synthetic()
    {
        // Training to hour 300 on the whole history must fit exactly the rows of a history that ends at hour 300: no
        // label may use a bar after the end (the fingerprint hashes every row and target).
        var universe = CrossSectionalTargetsTests.SyntheticUniverse(400, symbols: 6);
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(universe[0].CloseTimeMs[0]);
        var end = t0.AddHours(300);
        var (fullRows, fullHash) = Trained(universe, end);
        var (cutRows, cutHash) = Trained(universe.Select(s => s.KnownAt(end)).ToArray(), t0.AddHours(500));
        Assert.Equal(cutRows, fullRows);
        Assert.Equal(cutHash, fullHash);
        var (laterRows, _) = Trained(universe, t0.AddHours(399));
        Assert.True(laterRows > fullRows, $"a later end trains on more rows ({laterRows} vs {fullRows})");

        (int Rows, string Hash) Trained(CryptoSmartTrader.Core.Markets.CandleSeries[] u, DateTimeOffset to)
        {
            var r = CrossSectionalModelTrainer.Train(u, new CrossSectionalTrainingRequest { Name = "x", TrainFrom = t0, TrainTo = to, TrainStrideBars = 1, Factors = Small },
                TimeProvider.System);
            Assert.True(r.Ok, r.Error);
            using var bundle = r.Value!;
            return (bundle.Metadata.CrossSection!.TrainRows, bundle.Metadata.DataFingerprints["24h"]);
        }
    }

    [Fact]
    public void A_universe_without_the_benchmark_is_an_error_naming_it_synthetic()
    {
        var universe = CrossSectionalTargetsTests.SyntheticUniverse(400, symbols: 6).Skip(1).ToArray(); // drops BTC
        var t0 = DateTimeOffset.FromUnixTimeMilliseconds(universe[0].CloseTimeMs[0]);
        var r = CrossSectionalModelTrainer.Train(universe, new CrossSectionalTrainingRequest { Name = "x", TrainFrom = t0, TrainTo = t0.AddHours(300), Factors = Small }, TimeProvider.System);
        Assert.False(r.Ok);
        Assert.Contains("expected the benchmark BTC", r.Error);
    }
}
