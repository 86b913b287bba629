using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;
using static CryptoSmartTrader.Backtesting.Tests.Metrics.ReturnMetricsTests;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

public sealed class MetricsCalculatorTests
{
    [Fact]
    public void Report_combines_the_hand_checked_metrics()
    {
        var curve = new[]
        {
            new EquityPoint(T0, 100m, 0m, 0m),
            new EquityPoint(T0.AddDays(1), 110m, 50m, 50m),
            new EquityPoint(T0.AddDays(2), 99m, 50m, 50m),
            new EquityPoint(T0.AddDays(3), 105m, 0m, 0m),
            new EquityPoint(T0.AddDays(4), 120m, 60m, -60m),
            new EquityPoint(T0.AddDays(5), 108m, 0m, 0m),
        };
        var report = MetricsCalculator.Compute(curve, [], [], TimeSpan.FromDays(1), new MetricsOptions { Trials = 10, TrialSharpeVariance = 0.04 });
        Assert.Equal(0.08, report.TotalReturn!.Value, 12);
        Assert.Equal(3.4692850795965415, report.Sharpe!.Value, 10);
        Assert.Equal(0.1, report.MaxDrawdown!.Value, 12);
        Assert.Equal(274.3811127911136 / 0.1, report.Calmar!.Value, 6);
        Assert.Equal(72.0, report.MaxDrawdownDurationHours!.Value, 9);
        Assert.Equal(0.39691304376014996, report.DeflatedSharpe!.Value, 7);
        // Exposure: 3 of 6 points hold something; mean G/E = (50/110 + 50/99 + 60/120) / 6.
        Assert.Equal(0.5, report.Exposure!.Value, 12);
        Assert.Equal((50.0 / 110 + 50.0 / 99 + 0.5) / 6, report.AverageGrossExposure!.Value, 12);
        Assert.Equal(0, report.Trades);
        Assert.Null(report.WinRate);
        Assert.Equal(108m, report.FinalEquity);
    }

    [Fact]
    public void Turnover_fees_and_slippage_come_from_the_fills()
    {
        var btc = new CryptoSmartTrader.Core.Markets.Symbol("BTC", "USDT");
        var fills = new[]
        {
            new FillRecord(new CryptoSmartTrader.Core.Orders.Fill("a", btc, CryptoSmartTrader.Core.Orders.OrderSide.Buy, 1, 101, 0.1m, "USDT", T0), 100, 0.1m),
            new FillRecord(new CryptoSmartTrader.Core.Orders.Fill("b", btc, CryptoSmartTrader.Core.Orders.OrderSide.Sell, 1, 99, 0.1m, "USDT", T0.AddDays(1)), 100, 0.1m),
        };
        var report = MetricsCalculator.Compute(Curve(1000, 1000), fills, RoundTripBuilder.Build(fills), TimeSpan.FromDays(1));
        Assert.Equal(0.2, report.Turnover!.Value, 12); // (101 + 99) / 1000
        Assert.Equal(0.2m, report.FeesPaid);
        Assert.Equal(2m, report.SlippagePaid);
        Assert.Equal(1, report.Trades);
        Assert.Equal(-2.2, report.Expectancy!.Value, 12);
    }
}
