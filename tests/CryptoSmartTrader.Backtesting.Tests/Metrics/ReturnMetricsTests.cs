using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

/// <summary>
/// Reference values computed by hand with Python's statistics module from the published formulas
/// (daily equity 100, 110, 99, 105, 120, 108; P = 365).
/// </summary>
public sealed class ReturnMetricsTests
{
    internal static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal static IReadOnlyList<EquityPoint> Curve(params decimal[] equity) =>
        equity.Select((e, i) => new EquityPoint(T0.AddDays(i), e, 0m, 0m)).ToArray();

    private static readonly IReadOnlyList<EquityPoint> Sample = Curve(100, 110, 99, 105, 120, 108);

    [Fact]
    public void Simple_returns_follow_consecutive_equity()
    {
        var r = ReturnMetrics.SimpleReturns(Sample);
        Assert.Equal([0.1, -0.1, 6.0 / 99, 15.0 / 105, -0.1], r, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Total_return_and_cagr()
    {
        Assert.Equal(0.08, ReturnMetrics.TotalReturn(100, 108), 12);
        // (1.08)^(365/5) − 1
        Assert.Equal(274.3811127911136, ReturnMetrics.Cagr(100, 108, TimeSpan.FromDays(5)), 9);
        Assert.Equal(0.08, ReturnMetrics.Cagr(100, 108, TimeSpan.FromDays(365)), 12);
    }

    [Fact]
    public void Volatility_sharpe_sortino_are_annualised_from_daily_bars()
    {
        var r = ReturnMetrics.SimpleReturns(Sample);
        var p = ReturnMetrics.PeriodsPerYear(TimeSpan.FromDays(1));
        Assert.Equal(365.0, p, 12);
        Assert.Equal(2.177051951490883, ReturnMetrics.Volatility(r, p), 10);
        Assert.Equal(3.4692850795965415, ReturnMetrics.Sharpe(r, p), 10);
        Assert.Equal(6.250753220106286, ReturnMetrics.Sortino(r, p), 10);
        Assert.Equal(0.18159068049461236, ReturnMetrics.SharpePerPeriod(r), 12);
    }

    [Fact]
    public void Hourly_bars_give_8760_periods_per_year() =>
        Assert.Equal(8760.0, ReturnMetrics.PeriodsPerYear(TimeSpan.FromHours(1)), 9);

    [Fact]
    public void Calmar_is_cagr_over_max_drawdown()
    {
        Assert.Equal(2.5, ReturnMetrics.Calmar(0.25, 0.1), 12);
        Assert.Null(MetricsReport.N(ReturnMetrics.Calmar(0.25, 0)));
    }

    [Fact]
    public void Flat_returns_have_no_sharpe_instead_of_infinity()
    {
        double[] flat = [0.01, 0.01, 0.01];
        Assert.True(double.IsNaN(ReturnMetrics.Sharpe(flat, 365)));
        Assert.True(double.IsNaN(ReturnMetrics.Sortino(flat, 365)));
    }

    [Fact]
    public void Non_positive_bar_length_is_rejected_naming_it()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReturnMetrics.PeriodsPerYear(TimeSpan.Zero));
        Assert.Contains("bar length", ex.Message);
    }
}
