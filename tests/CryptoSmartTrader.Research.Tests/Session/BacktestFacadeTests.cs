using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Builders;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class BacktestFacadeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-bt-").FullName;

    [Fact]
    public async Task Sma_cross_backtest_on_real_candles_starts_at_the_cash_and_writes_results()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 20), Utc(2024, 2, 1));
        var (from, to) = (Utc(2024, 1, 1), Utc(2024, 2, 1));
        var result = Facade.Backtests.Run([btc], Facade.Backtests.SmaCrossBlueprint([btc], 10, 50, 5_000m), from, to, "sma-cross(10,50)", 200, 5_000m);

        Assert.Equal(5_000m, result.Equity[0].Equity);
        Assert.All(result.Equity, p => Assert.InRange(p.Time, from, to));
        Assert.Equal("sma-cross(10,50)", result.Settings.Strategy);

        Assert.Contains("drawdown", Plotly.NET.GenericChart.toFigureJson(Facade.Backtests.EquityCurve(result)), StringComparison.Ordinal);
        Assert.Contains("heatmap", Plotly.NET.GenericChart.toFigureJson(Facade.Backtests.MonthlyReturns(result)), StringComparison.Ordinal);
        await Facade.Backtests.WriteResultsAsync(result, _dir);
        Assert.True(File.Exists(Path.Combine(_dir, "result.json")));
        Assert.True(File.Exists(Path.Combine(_dir, "equity.csv")));
    }

    [Fact]
    public void Bias_checks_find_no_lookahead_in_the_sma_cross_kernel()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 1), Utc(2024, 1, 15));
        var (from, to) = (Utc(2024, 1, 1), Utc(2024, 1, 15));
        var blueprint = Facade.Backtests.SmaCrossBlueprint([btc], 10, 30);

        var lookahead = Facade.Backtests.LookaheadCheck([btc], blueprint, from, to, points: 3);
        Assert.False(lookahead.HasBias, string.Join("; ", lookahead.Findings.Take(3)));
        Assert.Equal(3, lookahead.Points.Count);

        var recursive = Facade.Backtests.RecursiveCheck([btc], blueprint, from, to, [0, 100, 300]);
        Assert.Equal(300, recursive.ReferenceWarmupBars);
        Assert.NotEmpty(recursive.Rows);
        Assert.All(recursive.Rows, r => Assert.Contains(r.WarmupBars, new[] { 0, 100, 300 }));
    }

    [Fact]
    public void Mixed_quote_currencies_are_refused_by_name()
    {
        var usdt = SyntheticCandles.RandomWalk(50);
        var btcQuoted = SyntheticCandles.RandomWalk(50, symbol: new Symbol("ETH", "BTC"));
        var ex = Assert.Throws<ArgumentException>(() => Facade.Backtests.SmaCrossBlueprint([usdt, btcQuoted]));
        Assert.Contains("quote currency", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Facade.Backtests.SmaCrossBlueprint([]));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
