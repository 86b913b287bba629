using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Backtesting.Tests.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Backtesting.Tests.Sweeps;

/// <summary>Sweeps on a synthetic random walk (seeded): every cell is a full kernel run, and the statistics agree with the single-run path.</summary>
public sealed class SweepRunnerTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;
    private static readonly CandleSeries[] Series = [SyntheticCandles.RandomWalk(1200, seed: 11, sigma: 0.02, symbol: new Symbol("AAA", "USDT"))];
    private static readonly SweepOptions Options = new() { From = Start.AddHours(100), To = Start.AddHours(1200), WarmupBars = 50, Parallelism = 2 };
    private static readonly SweepSpace Space = new([SweepAxis.List("fast", 3, 5, 8), SweepAxis.List("slow", 20, 40)]);

    private static KernelBlueprint Build(SweepCell c) => TestBlueprints.SmaCross((int)c["fast"], (int)c["slow"]);

    [Fact]
    public void Every_cell_is_the_same_run_as_a_single_backtest_of_its_parameters()
    {
        var sweep = SweepRunner.Run(Series, Space.Grid(), Build, new SweepOptions { From = Options.From, To = Options.To, WarmupBars = 50, KeepEquity = true });
        Assert.Equal(6, sweep.Cells.Count);
        foreach (var cell in sweep.Cells)
        {
            var bt = new BacktestOptions { From = Options.From, To = Options.To, WarmupBars = 50 };
            var single = BacktestRunner.Run(Series, Build(cell.Cell), bt, TestBlueprints.Settings(Series, bt));
            Assert.Equal(single.OrderListHash, cell.OrderListHash);
            Assert.Equal(single.Orders.Count, cell.Orders);
            Assert.Equal(single.Metrics.Trades, cell.Trades);
            Assert.Equal(single.Equity.Count, cell.Equity!.Count);
            Assert.Equal((double)single.Metrics.FinalEquity, cell.FinalEquity, 6);
            Assert.Equal(single.Metrics.Sharpe!.Value, cell.Sharpe, 9);
            Assert.Equal(single.Metrics.MaxDrawdown!.Value, cell.MaxDrawdown, 9);
            Assert.Equal(single.Metrics.Exposure!.Value, cell.Exposure, 12);
        }
    }

    [Fact]
    public void The_result_does_not_depend_on_the_number_of_threads()
    {
        var one = SweepRunner.Run(Series, Space.Grid(), Build, new SweepOptions { From = Options.From, To = Options.To, WarmupBars = 50, Parallelism = 1 });
        var two = SweepRunner.Run(Series, Space.Grid(), Build, Options);
        Assert.Equal(one.Cells.Select(c => c.OrderListHash), two.Cells.Select(c => c.OrderListHash));
        Assert.Equal(one.Cells.Select(c => c.Sharpe), two.Cells.Select(c => c.Sharpe));
        Assert.Equal(one.Pbo!.Value.Probability, two.Pbo!.Value.Probability);
    }

    [Fact]
    public void Best_cell_comes_with_its_deflated_sharpe_and_pbo()
    {
        var sweep = SweepRunner.Run(Series, Space.Grid(), Build, Options);
        var best = sweep.BestCell!;
        Assert.Equal(sweep.Cells.Where(c => c.Ok).Max(c => c.Sharpe), best.Sharpe);
        Assert.Equal(6, sweep.Trials);
        Assert.NotNull(sweep.Pbo);
        Assert.InRange(sweep.Pbo!.Value.Probability, 0, 1);
        Assert.Equal(12870, sweep.Pbo.Value.Combinations); // C(16, 8)
        // Deflating by six trials can only lower the probability that the best Sharpe is above zero.
        Assert.True(best.DeflatedSharpe <= best.ProbabilisticSharpe);
    }

    [Fact]
    public void An_invalid_combination_is_a_cell_error_and_the_rest_still_run()
    {
        var space = new SweepSpace([SweepAxis.List("fast", 5, 30), SweepAxis.List("slow", 20)]);
        var sweep = SweepRunner.Run(Series, space.Grid(), Build, Options);
        Assert.True(sweep.Cells[0].Ok);
        Assert.False(sweep.Cells[1].Ok);
        Assert.Contains("Slow must be > Fast", sweep.Cells[1].Error, StringComparison.Ordinal);
        Assert.Equal(1, sweep.Trials);
        Assert.Null(sweep.Pbo);
    }

    [Fact]
    public void Random_search_is_reproducible_from_its_seed_and_stays_in_range()
    {
        var space = new SweepSpace([SweepAxis.Range("fast", 2, 9, integer: true), SweepAxis.Range("stop", 0.5, 3)]);
        var a = space.Random(20, seed: 42);
        var b = space.Random(20, seed: 42);
        var c = space.Random(20, seed: 43);
        Assert.Equal(a.Select(x => x.Label), b.Select(x => x.Label));
        Assert.NotEqual(a.Select(x => x.Label), c.Select(x => x.Label));
        Assert.All(a, x => Assert.True(x["fast"] is >= 2 and <= 9 && x["fast"] == Math.Floor(x["fast"])));
        Assert.All(a, x => Assert.InRange(x["stop"], 0.5, 3));
    }

    [Fact]
    public void Grid_enumerates_every_combination_first_axis_slowest()
    {
        var cells = Space.Grid();
        Assert.Equal(["fast=3 slow=20", "fast=3 slow=40", "fast=5 slow=20", "fast=5 slow=40", "fast=8 slow=20", "fast=8 slow=40"], cells.Select(c => c.Label));
    }

    [Theory]
    [InlineData("fast", "expected name=")]
    [InlineData("fast=a,b", "'a' is not a number")]
    [InlineData("fast=10:5:1", "from <= to and step > 0")]
    [InlineData("fast=9..2", "min <= max")]
    public void Bad_parameter_text_names_the_text_and_the_expected_form(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => SweepAxis.Parse(text));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_text_forms()
    {
        Assert.Equal([10.0, 20, 30, 40, 50], SweepAxis.Parse("slow=10:50:10").Values!);
        Assert.Equal([1.0, 2.5], SweepAxis.Parse("stop=1,2.5").Values!);
        var r = SweepAxis.Parse("fast=5..50:int");
        Assert.True(r.IsRange && r.Integer && r.Min == 5 && r.Max == 50);
    }

    [Fact]
    public void A_range_cannot_be_gridded_and_a_parameter_cannot_repeat()
    {
        Assert.Contains("is a range", Assert.Throws<ArgumentException>(() => new SweepSpace([SweepAxis.Range("x", 1, 2)]).Grid()).Message, StringComparison.Ordinal);
        Assert.Contains("given twice", Assert.Throws<ArgumentException>(() => new SweepSpace([SweepAxis.List("x", 1), SweepAxis.List("x", 2)])).Message,
            StringComparison.Ordinal);
    }
}
