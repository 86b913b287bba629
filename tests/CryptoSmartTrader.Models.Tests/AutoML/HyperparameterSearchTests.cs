using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.AutoML;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Tests.Training;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Models.Tests.AutoML;

public sealed class HyperparameterSearchTests
{
    private static readonly LabeledDataset Data = DatasetBuilder.Build([TrainingFixtures.PredictableFrame("AAA", 1500, 1)],
        new DatasetOptions { Horizon = Horizon.H1, FeatureLookback = TimeSpan.Zero });

    private static readonly SearchOptions Options = new() { Trials = 6, MinRounds = 4, MaxRounds = 12, Reduction = 3, Seed = 5, MaxParallelism = 2 };

    [Fact]
    public void Successive_halving_is_reproducible_from_the_seed_and_persists()
    {
        var a = HyperparameterSearch.Run(Data, Options, new ManualTimeProvider());
        var b = HyperparameterSearch.Run(Data, Options, new ManualTimeProvider());
        Assert.Equal(a.Best, b.Best);
        Assert.Equal(a.Trials.Select(t => t.Score), b.Trials.Select(t => t.Score));

        // 6 configs at 4 rounds, the best 2 at 12 rounds.
        Assert.Equal(6, a.Trials.Count(t => t.Rung == 0));
        Assert.Equal(2, a.Trials.Count(t => t.Rung == 1));
        Assert.All(a.Trials.Where(t => t.Rung == 1), t => Assert.Equal(12, t.Parameters.Rounds));
        var promoted = a.Trials.Where(t => t.Rung == 1).Select(t => t.Trial).Order();
        var bestAtRung0 = a.Trials.Where(t => t.Rung == 0).OrderBy(t => t.Score).ThenBy(t => t.Trial).Take(2).Select(t => t.Trial).Order();
        Assert.Equal(bestAtRung0, promoted);
        Assert.Equal(a.Trials.Where(t => t.Rung == 1).Min(t => t.Score), a.BestScore);
        Assert.False(a.BudgetExhausted);

        var path = Path.Combine(Path.GetTempPath(), $"cst-search-{Guid.NewGuid():N}.json");
        try
        {
            a.Save(path);
            var loaded = SearchResult.Load(path);
            Assert.Equal(a.Best, loaded.Best);
            Assert.Equal(a.Trials.Count, loaded.Trials.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_spent_time_budget_stops_the_search()
    {
        var clock = new ManualTimeProvider();
        clock.Advance(TimeSpan.FromSeconds(1));
        // Budget zero: nothing may start.
        Assert.Throws<TimeoutException>(() => HyperparameterSearch.Run(Data, Options with { TimeBudget = TimeSpan.Zero }, clock));
    }

    [Theory]
    [InlineData(SearchObjective.Brier)]
    [InlineData(SearchObjective.GatedSharpe)]
    public void Other_objectives_run(SearchObjective objective)
    {
        var r = HyperparameterSearch.Run(Data, Options with { Objective = objective, Trials = 3, MaxRounds = 4 }, new ManualTimeProvider());
        Assert.Equal(3, r.Trials.Count);
        Assert.Equal(objective, r.Objective);
        Assert.All(r.Trials, t => Assert.True(double.IsFinite(t.Score)));
    }

    [Fact]
    public void Bad_options_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HyperparameterSearch.Run(Data, Options with { Reduction = 1 }, new ManualTimeProvider()));
}
