using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

public sealed class BacktestRunnerTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;

    private static CandleSeries[] Universe() =>
    [
        SyntheticCandles.RandomWalk(600, seed: 1, sigma: 0.02, symbol: new Symbol("AAA", "USDT")),
        SyntheticCandles.RandomWalk(600, seed: 2, sigma: 0.02, symbol: new Symbol("BBB", "USDT")),
    ];

    private static BacktestOptions Options(int warmup = 0) => new() { From = Start.AddHours(100), To = Start.AddHours(600), WarmupBars = warmup };

    [Fact]
    public void Same_inputs_give_the_same_order_list_hash()
    {
        var series = Universe();
        var a = BacktestRunner.Run(series, TestBlueprints.SmaCross(), Options(), TestBlueprints.Settings(series, Options()));
        var b = BacktestRunner.Run(series, TestBlueprints.SmaCross(), Options(), TestBlueprints.Settings(series, Options()));
        Assert.True(a.Orders.Count > 4, $"expected the SMA cross to trade, got {a.Orders.Count} orders");
        Assert.Equal(a.OrderListHash, b.OrderListHash);
        Assert.Equal(a.Metrics.FinalEquity, b.Metrics.FinalEquity);
        var other = BacktestRunner.Run(series, TestBlueprints.SmaCross(fast: 6), Options(), TestBlueprints.Settings(series, Options()));
        Assert.NotEqual(a.OrderListHash, other.OrderListHash);
    }

    [Fact]
    public void A_run_that_discards_its_decisions_sends_the_same_orders_and_books_the_same_fills()
    {
        // A sweep cell runs with recordDecisions: false; only the decision list may differ from a full run.
        var series = Universe();
        var kept = BacktestRunner.Drive(series, TestBlueprints.SmaCross(), Options(warmup: 30));
        var discarded = BacktestRunner.Drive(series, TestBlueprints.SmaCross(), Options(warmup: 30), recordDecisions: false);
        Assert.True(kept.Orders.Count > 4, $"expected the SMA cross to trade, got {kept.Orders.Count} orders");
        Assert.NotEmpty(kept.DecisionItems);
        Assert.Empty(discarded.DecisionItems);
        Assert.Equal(kept.OrderListHash(), discarded.OrderListHash());
        Assert.Equal(kept.FillRecords(), discarded.FillRecords());
        Assert.Equal(kept.Kernel.Equity, discarded.Kernel.Equity);
    }

    [Fact]
    public void Nothing_trades_before_from_and_equity_starts_there()
    {
        var series = Universe();
        var r = BacktestRunner.Run(series, TestBlueprints.SmaCross(), Options(warmup: 30), TestBlueprints.Settings(series, Options(30)));
        Assert.All(r.Orders, o => Assert.True(o.Time >= Start.AddHours(100)));
        Assert.All(r.Decisions, d => Assert.True(d.Time >= Start.AddHours(100)));
        Assert.Equal(Start.AddHours(100), r.Equity[0].Time);
        Assert.Equal(Start.AddHours(600), r.Equity[^1].Time);
        Assert.Equal(501, r.Equity.Count);
        Assert.Equal(30, r.WarmupSteps);
        Assert.Equal(531 * 2, r.Bars);
    }

    [Fact]
    public void Warm_alpha_can_trade_on_the_first_bar_a_cold_one_cannot()
    {
        var series = Universe();
        // With 20 warm-up bars the 20-bar SMA is full at the start; without, no view exists for the first 19 bars.
        var warm = BacktestRunner.Drive(series, TestBlueprints.SmaCross(), Options(warmup: 20));
        var cold = BacktestRunner.Drive(series, TestBlueprints.SmaCross(), Options(warmup: 0));
        var firstCold = cold.Decisions().Where(d => d.Action == DecisionAction.Target).Select(d => d.Time).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        Assert.True(firstCold >= Start.AddHours(119), $"a cold 20-bar SMA decided at {firstCold:O}");
        Assert.Contains(warm.Decisions(), d => d.Action == DecisionAction.Target && d.Time < Start.AddHours(119));
    }

    [Fact]
    public void Equity_curve_matches_the_portfolio_book_at_the_end()
    {
        var series = Universe();
        var session = BacktestRunner.Drive(series, TestBlueprints.SmaCross(), Options());
        var book = session.Kernel.Portfolio.Equity(session.Kernel.BuildMarks());
        Assert.Equal((double)book, (double)session.Equity[^1].Equity, 6);
        var result = session.BuildResult(TestBlueprints.Settings(series, Options()), series);
        Assert.Equal(result.Fills.Count, session.Kernel.Fills.Count);
        Assert.Equal(session.Kernel.Portfolio.FeesPaid, result.Metrics.FeesPaid);
    }

    [Fact]
    public void A_symbol_missing_bars_is_absent_at_those_closes()
    {
        var full = SyntheticCandles.RandomWalk(300, seed: 3, symbol: new Symbol("AAA", "USDT"));
        var gappy = new CandleSeriesBuilder(Exchange.Binance, new Symbol("BBB", "USDT"), Timeframe.H1);
        var src = SyntheticCandles.RandomWalk(300, seed: 4, symbol: new Symbol("BBB", "USDT"));
        for (var i = 0; i < src.Count; i++)
        {
            if (i is < 150 or > 160) gappy.Add(src[i]);
        }

        var series = new[] { full, gappy.Build() };
        var options = new BacktestOptions { From = Start.AddHours(50), To = Start.AddHours(300) };
        var session = BacktestRunner.Drive(series, TestBlueprints.SmaCross(), options);
        Assert.Equal(251, session.Steps);
        Assert.Equal(251 + 240, session.Bars);
        Assert.DoesNotContain(session.Kernel.Fills, f => f.Fill.Symbol.Base == "BBB" && f.Fill.Time > Start.AddHours(151) && f.Fill.Time <= Start.AddHours(161));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Bad_options_are_rejected_with_a_reason(int hours)
    {
        var series = Universe();
        var bad = new BacktestOptions { From = Start.AddHours(100), To = Start.AddHours(100 + hours) };
        Assert.Contains("must be after From", Assert.Throws<ArgumentException>(() => BacktestRunner.Drive(series, TestBlueprints.SmaCross(), bad)).Message);
        Assert.Contains("WarmupBars", Assert.Throws<ArgumentOutOfRangeException>(() =>
            BacktestRunner.Drive(series, TestBlueprints.SmaCross(), new BacktestOptions { From = Start, To = Start.AddDays(1), WarmupBars = -1 })).Message);
    }

    [Fact]
    public void Empty_or_duplicate_universe_is_rejected()
    {
        Assert.Contains("at least one", Assert.Throws<ArgumentException>(() => BacktestRunner.UniverseOf([])).Message);
        var s = SyntheticCandles.RandomWalk(10);
        Assert.Contains("appears twice", Assert.Throws<ArgumentException>(() => BacktestRunner.UniverseOf([s, s])).Message);
    }
}
