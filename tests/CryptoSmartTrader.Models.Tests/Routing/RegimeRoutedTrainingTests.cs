using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Routing;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Models.Tests.Routing;

/// <summary>Routing on the Features' own regime detector: the label column comes from the <c>regime</c> feature set.</summary>
public sealed class RegimeRoutedTrainingTests
{
    [Fact]
    public void Trains_on_the_regime_feature_set_and_routes_by_its_point_in_time_label()
    {
        IFeatureSet[] sets = [new RegimeFeatureSet()];
        var series = new[] { ("AAA", 11), ("BBB", 12) }
            .Select(x => SyntheticCandles.RandomWalk(2600, seed: x.Item2, sigma: 0.01, symbol: new Symbol(x.Item1, "USDT"))).ToArray();
        var frames = series.Select(s => FeatureFrames.Compute(sets, s)).ToArray();
        var options = new DatasetOptions { FeatureLookback = TimeSpan.FromDays(30) };
        using var bundle = MultiHorizonTrainer.Train(frames, new TrainingRequest
        {
            Name = "routed",
            Horizons = [Horizon.H1],
            FeatureSet = FeatureSetDescriptor.FromColumns("regime", FeatureFrames.Columns(sets)),
            Predictor = _ => new RegimeRoutedPredictor(new LinearPredictor(), new RegimeRoutingOptions { MinRowsPerRegime = 100 }),
            Dataset = options,
            IncludeBaselines = false,
        }, new ManualTimeProvider());
        var model = bundle.Horizons["1h"];
        var routed = Assert.IsType<RegimeRoutedModel>(model.Predictor);
        Assert.NotEmpty(routed.Regimes);

        var data = DatasetBuilder.Build(frames, options with { Horizon = Horizon.H1 });
        var regimeColumn = data.Schema.ColumnNames.ToList().IndexOf("regime");
        var counts = Enumerable.Range(0, data.Count).GroupBy(i => (int)data.X[i, regimeColumn]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(counts.Where(kv => kv.Value >= 100).Select(kv => kv.Key).Order(), routed.Regimes.Order());
        Assert.All(model.Score(data.X).ProbabilityUp, p => Assert.InRange(p, 0, 1));

        // Point in time: the label a row is routed by equals the detector run on the bars up to that row's close only.
        foreach (var row in new[] { data.Count / 3, data.Count - 1 })
        {
            var s = series[data.SymbolIndex[row]];
            var bar = s.IndexOfCloseTime(DateTimeOffset.FromUnixTimeMilliseconds(data.TimesMs[row]));
            var known = new RegimeFeatures().Compute(s.Slice(0, bar + 1));
            var labelColumn = new RegimeFeatures().Columns.ToList().IndexOf("regime");
            Assert.Equal(known[labelColumn][bar], data.X[row, regimeColumn]);
        }
    }
}
