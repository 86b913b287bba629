using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Optimization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

public sealed class WalkForwardRunnerTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;
    private static readonly CandleSeries[] Series = [SyntheticCandles.RandomWalk(800, seed: 5, sigma: 0.02, symbol: new Symbol("AAA", "USDT"))];
    private static readonly WalkForwardPlan Plan = new() { Train = TimeSpan.FromHours(200), Test = TimeSpan.FromHours(150) };

    [Fact]
    public void Each_window_is_trained_on_its_past_only_and_trades_only_after_it()
    {
        var seen = new List<(WalkForwardWindow Window, DateTimeOffset FirstClose, DateTimeOffset LastClose)>();
        AlphaTrainer trainer = (w, training, u) =>
        {
            seen.Add((w, training[0].FirstOpenTime + TimeSpan.FromHours(1), training[0].LastCloseTime));
            return new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = 5, Slow = 20 });
        };

        var result = WalkForwardRunner.Run(Series, TestBlueprints.SmaCross(), Plan, trainer, Start, Start.AddHours(800),
            TestBlueprints.Settings(Series, new BacktestOptions { From = Start, To = Start.AddHours(800) }));

        Assert.Equal(4, result.Windows.Count);
        Assert.Equal(4, seen.Count);
        foreach (var (w, first, last) in seen)
        {
            Assert.True(first >= w.TrainFrom);
            Assert.Equal(w.TrainTo, last); // training data ends exactly at the window's training end
        }

        Assert.All(result.Orders, o => Assert.True(o.Time > Start.AddHours(200)));
        Assert.Equal(Start.AddHours(201), result.Equity[0].Time);
        Assert.Equal(Start.AddHours(800), result.Equity[^1].Time);
        Assert.True(result.Orders.Count > 0);
    }

    [Fact]
    public void A_fresh_model_is_warm_on_its_first_out_of_sample_bar()
    {
        var decided = new List<DateTimeOffset>();
        var result = WalkForwardRunner.Run(Series, TestBlueprints.SmaCross(), Plan,
            (w, training, u) => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = 5, Slow = 20 }), Start, Start.AddHours(800),
            TestBlueprints.Settings(Series, new BacktestOptions { From = Start, To = Start.AddHours(800) }));
        // Warmed on 200 training bars, the 20-bar SMA has a view from the first test bar, so targets can appear there.
        Assert.Contains(result.Decisions, d => d.Time <= Start.AddHours(205));
    }

    [Fact]
    public void Grid_search_trains_windows_and_measures_overfitting()
    {
        var grid = GridSearch.SmaCrossGrid([3, 8], [15, 30]);
        Assert.Equal(4, grid.Count);
        var search = new GridSearch(TestBlueprints.SmaCross(), grid);
        var result = WalkForwardRunner.Run(Series, TestBlueprints.SmaCross(), Plan, search.Trainer(), Start, Start.AddHours(800),
            TestBlueprints.Settings(Series, new BacktestOptions { From = Start, To = Start.AddHours(800) }));
        Assert.Equal(result.Windows.Count, search.Chosen.Count);
        Assert.All(search.Chosen, c => Assert.Contains(c, grid.Select(g => g.Name)));

        var pbo = search.Pbo(Series, Start.AddHours(100), Start.AddHours(800));
        Assert.NotNull(pbo);
        Assert.InRange(pbo.Value.Probability, 0, 1);
        Assert.Equal(12870, pbo.Value.Combinations); // C(16, 8)
    }
}
