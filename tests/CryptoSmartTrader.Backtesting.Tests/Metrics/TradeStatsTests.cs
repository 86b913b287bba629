using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

public sealed class TradeStatsTests
{
    [Fact]
    public void Trade_statistics_by_hand()
    {
        // PnL 10, −5, 20, −10, 0, 15: wins 45 over 3, losses −15 over 2, mean 5, s = 11.8322, SQN = √6·5/11.8322.
        var s = TradeStats.Compute([10, -5, 20, -10, 0, 15]);
        Assert.Equal(6, s.Count);
        Assert.Equal(3, s.Wins);
        Assert.Equal(2, s.Losses);
        Assert.Equal(0.5, s.WinRate, 12);
        Assert.Equal(3.0, s.ProfitFactor, 12);
        Assert.Equal(5.0, s.Expectancy, 12);
        Assert.Equal(15.0, s.AverageWin, 12);
        Assert.Equal(-7.5, s.AverageLoss, 12);
        Assert.Equal(1.0350983390135313, s.Sqn, 10);
    }

    [Fact]
    public void No_losses_gives_infinite_profit_factor_reported_as_null()
    {
        var s = TradeStats.Compute([1, 2]);
        Assert.True(double.IsPositiveInfinity(s.ProfitFactor));
        Assert.Null(MetricsReport.N(s.ProfitFactor));
    }

    [Fact]
    public void No_trades_gives_undefined_statistics()
    {
        var s = TradeStats.Compute([]);
        Assert.Equal(0, s.Count);
        Assert.True(double.IsNaN(s.WinRate));
    }
}
