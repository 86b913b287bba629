using CryptoSmartTrader.Models.CrossSection;

namespace CryptoSmartTrader.Models.Tests.CrossSection;

public sealed class TopKPortfolioTests
{
    private static readonly long[] Times = [0, 3_600_000, 7_200_000];

    [Fact]
    public void Long_short_book_earns_the_spread_minus_costs_on_traded_notional()
    {
        // Four symbols, k = 1: long the best score (+0.5), short the worst (−0.5). Period 0: from flat, traded 1.0.
        double[][] score = [[4, 4], [3, 1], [2, 2], [1, 3]];
        Func<double, double> ln = Math.Log;
        double[][] fwd = [[ln(1.10), ln(1.0)], [ln(1.0), ln(1.0)], [ln(1.0), ln(1.0)], [ln(0.95), ln(1.02)]];
        var r = TopKPortfolio.Run(score, fwd, Times, 0, 2, new TopKOptions { K = 1, RebalanceBars = 1, FeeRate = 0.001, SlippageRate = 0.001 });
        Assert.Equal(2, r.Periods);
        Assert.Equal(0.5 * 0.10 - 0.5 * -0.05, r.GrossReturns[0], 12);
        Assert.Equal(1.0, r.Turnover[0], 12);
        Assert.Equal(0.075 - 1.0 * 0.002, r.NetReturns[0], 12);
        // Period 1: symbol 1 becomes the worst, symbol 3 leaves the short side: |−0.5 − 0| + |0 − (−0.5)| = 1.0 traded.
        Assert.Equal(1.0, r.Turnover[1], 12);
        Assert.Equal(-0.5 * 0.0, r.GrossReturns[1], 12);
    }

    [Fact]
    public void Hold_band_keeps_a_held_name_that_slipped_within_the_band()
    {
        double[][] score = [[4, 3], [3, 4], [2, 2], [1, 1]]; // symbols 0 and 1 swap first and second place
        double[][] fwd = [[0, 0], [0, 0], [0, 0], [0, 0]];
        var none = TopKPortfolio.Run(score, fwd, Times, 0, 2, new TopKOptions { Mode = PortfolioMode.LongOnly, K = 1, RebalanceBars = 1 });
        var band = TopKPortfolio.Run(score, fwd, Times, 0, 2, new TopKOptions { Mode = PortfolioMode.LongOnly, K = 1, HoldBand = 1, RebalanceBars = 1 });
        Assert.Equal(2.0, none.Turnover[1], 12);
        Assert.Equal(0.0, band.Turnover[1], 12);
    }

    [Fact]
    public void A_held_symbol_without_an_exit_bar_is_counted_not_filled()
    {
        double[][] score = [[2], [1]];
        double[][] fwd = [[double.NaN], [0.01]];
        var r = TopKPortfolio.Run(score, fwd, Times, 0, 1, new TopKOptions { Mode = PortfolioMode.LongOnly, K = 1, RebalanceBars = 1, FeeRate = 0, SlippageRate = 0 });
        Assert.Equal(1, r.MissingExits);
        Assert.Equal(0, r.GrossReturns[0]);
    }

    [Fact]
    public void Volatility_scaled_book_weights_each_side_by_inverse_volatility()
    {
        double[][] score = [[3], [2], [1]];
        double[][] fwd = [[Math.Log(1.03)], [Math.Log(1.06)], [0]];
        double[][] vol = [[0.01], [0.02], [0.05]];
        var r = TopKPortfolio.Run(score, fwd, Times, 0, 1,
            new TopKOptions { Mode = PortfolioMode.LongOnly, K = 2, RebalanceBars = 1, FeeRate = 0, SlippageRate = 0, VolatilityScaled = true }, vol);
        // 1/0.01 : 1/0.02 = 2 : 1 → weights 2/3 and 1/3.
        Assert.Equal(2.0 / 3 * 0.03 + 1.0 / 3 * 0.06, r.GrossReturns[0], 12);
        Assert.Equal(1.0, r.Turnover[0], 12);
        Assert.Throws<ArgumentException>(() => TopKPortfolio.Run(score, fwd, Times, 0, 1, new TopKOptions { VolatilityScaled = true }));
    }

    [Fact]
    public void Bad_book_settings_name_the_setting()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TopKOptions { K = 0 }.Validate());
        Assert.Contains("K must be >= 1", e.Message);
    }
}
