using System.Text.Json.Nodes;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Kinds;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Models.Tests.CrossSection;

public sealed class CrossSectionalWalkForwardTests
{
    private static readonly CrossSectionalOptions Small = new()
    {
        MomentumBars = [6, 12], ResidualMomentumBars = 6, VolatilityBars = 12, TurnoverBars = 12, HighBars = 12, BetaBars = 12, WarmUpBars = 12,
    };

    [Fact]
    public void Every_fold_trains_only_on_labels_that_ended_an_embargo_before_it()
    {
        ModelKinds.Register(new RecordingKind());
        var panel = UniversePanel.Create(CrossSectionalTargetsTests.SyntheticUniverse(400), Small.WarmUpBars);
        var factors = new CrossSectionalFactors(Small);
        var features = factors.Compute(panel);
        // The target is the row index itself, so the largest label a fold saw is the latest training row.
        var target = panel.Member.Select(m => m.Select((b, t) => b ? (double)t : double.NaN).ToArray()).ToArray();
        var options = new CrossSectionalStudyOptions { Folds = 3, TrainStrideBars = 1, EmbargoBars = 4, Factors = Small, EvaluateFrom = DateTimeOffset.UnixEpoch, EvaluateTo = DateTimeOffset.UnixEpoch.AddDays(1) };
        RecordingKind.MaxLabels.Clear();
        var result = CrossSectionalWalkForward.Scores(RecordingKind.KindName, new Horizon(TimeSpan.FromHours(10)), features,
            factors.Columns.Take(features.Length - 1).ToArray(), target, panel, hBars: 10, r0: 250, r1: 400, options);
        Assert.Null(result.Error);
        Assert.Equal([250 - 10 - 4 - 1, 300 - 10 - 4 - 1, 350 - 10 - 4 - 1], RecordingKind.MaxLabels);
        Assert.True(double.IsNaN(result.Scores![1][249]), "nothing before the evaluation window is scored");
        Assert.False(double.IsNaN(result.Scores[1][250]));
    }

    [Fact]
    public void An_unknown_kind_is_a_result_naming_the_registered_ones()
    {
        var panel = UniversePanel.Create(CrossSectionalTargetsTests.SyntheticUniverse(50), 12);
        var result = CrossSectionalWalkForward.Scores("nope", Horizon.H1, [], [], [], panel, 1, 20, 40, new CrossSectionalStudyOptions { Factors = Small });
        Assert.Contains("xgboost", result.Error);
    }

    [Fact]
    public void Study_on_real_pairs_scores_models_and_baselines_out_of_sample()
    {
        var start = new DateTimeOffset(2022, 6, 1, 0, 0, 0, TimeSpan.Zero);
        // ETC stops in 2022-10 in the shared data: it must leave the universe, not be dropped from the whole study.
        var universe = new[] { "BTC", "ETH", "BNB", "XRP", "ADA", "LTC", "ETC" }
            .Select(c => SharedCandles.BinanceHourly(c).SliceByCloseTime(start, start.AddDays(200))).ToArray();
        var report = CrossSectionalStudy.Run(universe, new CrossSectionalStudyOptions
        {
            Horizons = [Horizon.H24], ModelKinds = ["linear"], EvaluateFrom = start.AddDays(120), EvaluateTo = start.AddDays(200), Folds = 2, TopK = 2,
        });
        var h = Assert.Single(report.Horizons);
        Assert.Equal(24, h.HorizonBars);
        Assert.Equal(["model:linear", "momentum-7d", "momentum-30d", "reversal-1h", "reversal-24h", "random"], h.Scorers.Select(s => s.Name));
        Assert.All(h.Scorers, s => Assert.Null(s.Error));
        Assert.InRange(h.MeanMembers, 6, 6.99); // ETC leaves on 2022-10-11, inside the window
        var model = h.Scorers[0];
        Assert.InRange(model.RankIc.Bars, 1500, 80 * 24);
        Assert.InRange(model.RankIc.IndependentBars, 60, 80);
        Assert.Equal(h.EqualWeight.Periods, model.LongShort.Periods);
        Assert.All(h.Scorers, s => Assert.InRange(s.RankIc.Mean, -0.5, 0.5));
        Assert.Equal(12, report.Trials);
    }

    [Fact]
    public void Momentum_rank_ic_on_the_17_pairs_matches_an_independent_pandas_computation()
    {
        // Reference: eng/reference/cross_sectional_rank_ic.py (pandas 1.5.3, Debian) on the same files, 2019-01-01 on,
        // test year 2024-05-15 .. 2025-05-15, 24h labels, 7d momentum, 720-bar warm-up: 8,737 bars,
        // mean rank IC -0.033210868936600024, ICIR -0.09576576427880638. Recorded, not called.
        var from = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var universe = new[] { "ADA", "ATOM", "AVAX", "BCH", "BNB", "BTC", "DOGE", "ETC", "ETH", "LINK", "LTC", "MATIC", "NEO", "SOL", "TRX", "XRP", "XTZ" }
            .Select(c => SharedCandles.BinanceHourly(c)).Select(s => s.SliceByCloseTime(from.AddHours(1), s.LastCloseTime)).ToArray();
        var report = CrossSectionalStudy.Run(universe, new CrossSectionalStudyOptions
        {
            Horizons = [Horizon.H24], ModelKinds = [], EvaluateFrom = new DateTimeOffset(2024, 5, 15, 0, 0, 0, TimeSpan.Zero),
            EvaluateTo = new DateTimeOffset(2025, 5, 15, 0, 0, 0, TimeSpan.Zero),
        });
        var momentum = report.Horizons[0].Scorers.Single(s => s.Name == "momentum-7d");
        Assert.Equal(8737, momentum.RankIc.Bars);
        Assert.Equal(-0.033210868936600024, momentum.RankIc.Mean, 10);
        Assert.Equal(-0.09576576427880638, momentum.RankIc.Icir, 8);
    }

    private sealed class RecordingKind : IModelKind
    {
        public const string KindName = "xs-recording-test";
        public static readonly List<double> MaxLabels = [];
        public string Name => KindName;
        public string Description => "records the largest training label (test only)";

        public ModelKindResult Create(ModelKindRequest request) =>
            ModelKindResult.Success(_ => new Recorder(), new Dictionary<string, string>());

        private sealed class Recorder : IPredictor, IFittedPredictor
        {
            public string Kind => KindName;

            public IFittedPredictor Fit(TrainingSet data, CancellationToken cancellationToken = default)
            {
                MaxLabels.Add(data.Returns.Max());
                return this;
            }

            public PredictorOutput Predict(FeatureRows rows) => new(new double[rows.Rows], Enumerable.Range(0, rows.Rows).Select(i => (double)i).ToArray());
            public JsonObject Save() => [];
            public void Dispose() { }
        }
    }
}
