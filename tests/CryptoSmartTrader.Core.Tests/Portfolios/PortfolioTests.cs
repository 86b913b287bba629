using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Core.Portfolios;

namespace CryptoSmartTrader.Core.Tests.Portfolios;

/// <summary>Hand-computed examples; the arithmetic is written out next to each expectation.</summary>
public sealed class PortfolioTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Fill F(OrderSide side, decimal qty, decimal price, decimal fee, string feeAsset = "USDT", Symbol? symbol = null) =>
        new("o1", symbol ?? Btc, side, qty, price, fee, feeAsset, T);

    private static Dictionary<Symbol, decimal> Marks(decimal btc) => new() { [Btc] = btc };

    [Fact]
    public void Buy_then_partial_sells_with_quote_fees()
    {
        var p = new Portfolio("USDT", 1000m);

        Assert.True(p.Apply(F(OrderSide.Buy, 2m, 100m, 0.2m)).Applied);
        Assert.Equal(799.8m, p.CashOf("USDT"));             // 1000 − 2×100 − 0.2
        Assert.Equal(2m, p.QuantityOf(Btc));
        Assert.Equal(100m, p.PositionOf(Btc)!.AverageCost);
        Assert.Equal(1019.8m, p.Equity(Marks(110m)));         // 799.8 + 2×110
        Assert.Equal(20m, p.UnrealizedPnl(Marks(110m)));      // (110 − 100)×2

        var sell1 = p.Apply(F(OrderSide.Sell, 0.5m, 120m, 0.06m));
        Assert.Equal(10m, sell1.RealizedPnl);                 // (120 − 100)×0.5
        Assert.Equal(859.74m, p.CashOf("USDT"));              // 799.8 + 60 − 0.06
        Assert.Equal(1.5m, p.QuantityOf(Btc));
        Assert.Equal(100m, p.PositionOf(Btc)!.AverageCost);   // selling does not move the entry price

        var sell2 = p.Apply(F(OrderSide.Sell, 1.5m, 90m, 0.135m));
        Assert.Equal(-15m, sell2.RealizedPnl);                // (90 − 100)×1.5
        Assert.Equal(994.605m, p.CashOf("USDT"));             // 859.74 + 135 − 0.135
        Assert.Equal(-5m, p.RealizedPnl);                     // 10 − 15
        Assert.Equal(0.395m, p.FeesPaid);                     // 0.2 + 0.06 + 0.135
        Assert.Empty(p.Positions);
        Assert.Equal(994.605m, p.Equity(Marks(1m)));          // 1000 − 5 − 0.395
    }

    [Fact]
    public void Averaging_up_weights_the_entry_price()
    {
        var p = new Portfolio("USDT", 10_000m);
        p.Apply(F(OrderSide.Buy, 1m, 100m, 0m));
        p.Apply(F(OrderSide.Buy, 3m, 200m, 0m));
        Assert.Equal(175m, p.PositionOf(Btc)!.AverageCost);   // (1×100 + 3×200) / 4
    }

    [Fact]
    public void Fee_in_base_asset_shrinks_the_holding()
    {
        var p = new Portfolio("USDT", 1000m);
        var update = p.Apply(F(OrderSide.Buy, 1m, 100m, 0.001m, "BTC"));
        Assert.Equal(0.1m, update.FeeValue);                  // 0.001 BTC × 100
        Assert.Equal(900m, p.CashOf("USDT"));
        Assert.Equal(0.999m, p.QuantityOf(Btc));
        Assert.Equal(999.9m, p.Equity(Marks(100m)));          // 900 + 0.999×100
        Assert.Equal(0.1m, p.FeesPaid);
    }

    [Fact]
    public void Fee_in_a_third_asset_is_booked_in_that_asset_and_valued_by_its_mark()
    {
        var p = new Portfolio("USDT", 1000m);
        p.Deposit("BNB", 1m);
        p.Apply(F(OrderSide.Buy, 1m, 100m, 0.01m, "BNB"));
        Assert.Equal(0.99m, p.CashOf("BNB"));
        var bnb = new Symbol("BNB", "USDT");
        var marks = new Dictionary<Symbol, decimal> { [Btc] = 100m, [bnb] = 300m };
        Assert.Equal(1297m, p.Equity(marks));                 // 900 + 0.99×300 + 1×100 = 900 + 297 + 100
    }

    [Fact]
    public void Short_then_cover_through_flat_flips_the_entry()
    {
        var p = new Portfolio("USDT", 1000m);
        p.Apply(F(OrderSide.Sell, 1m, 100m, 0m));
        Assert.Equal(-1m, p.QuantityOf(Btc));
        var flip = p.Apply(F(OrderSide.Buy, 3m, 80m, 0m));
        Assert.Equal(20m, flip.RealizedPnl);                  // (80 − 100)×(−1)
        Assert.Equal(2m, p.QuantityOf(Btc));
        Assert.Equal(80m, p.PositionOf(Btc)!.AverageCost);
    }

    [Fact]
    public void Refuses_a_fill_in_another_quote_currency_and_changes_nothing()
    {
        var p = new Portfolio("USDT", 1000m);
        var result = p.Apply(F(OrderSide.Buy, 1m, 100m, 0m, "EUR", new Symbol("BTC", "EUR")));
        Assert.False(result.Applied);
        Assert.Contains("EUR", result.Error, StringComparison.Ordinal);
        Assert.Equal(1000m, p.CashOf("USDT"));
        Assert.Empty(p.Positions);
    }

    [Fact]
    public void Refuses_a_fee_in_an_asset_that_is_not_held()
    {
        var p = new Portfolio("USDT", 1000m);
        var result = p.Apply(F(OrderSide.Buy, 1m, 100m, 0.01m, "BNB"));
        Assert.False(result.Applied);
        Assert.Equal(1000m, p.CashOf("USDT"));
    }

    [Fact]
    public void Equity_without_a_mark_is_an_error_not_a_guess()
    {
        var p = new Portfolio("USDT", 1000m);
        p.Apply(F(OrderSide.Buy, 1m, 100m, 0m));
        Assert.Throws<KeyNotFoundException>(() => p.Equity(new Dictionary<Symbol, decimal>()));
    }

    [Fact]
    public void Exposure_sums_gross_and_net()
    {
        var p = new Portfolio("USDT", 1000m);
        var eth = new Symbol("ETH", "USDT");
        p.Apply(F(OrderSide.Buy, 1m, 100m, 0m));
        p.Apply(F(OrderSide.Sell, 2m, 50m, 0m, symbol: eth));
        var (gross, net) = p.Exposure(new Dictionary<Symbol, decimal> { [Btc] = 110m, [eth] = 40m });
        Assert.Equal(190m, gross);                            // |110| + |−80|
        Assert.Equal(30m, net);                               // 110 − 80
    }

    [Theory]
    [InlineData("")]
    [InlineData("US D")]
    public void Rejects_bad_account_currency(string currency)
    {
        Assert.Throws<ArgumentException>(() => new Portfolio(currency, 1m));
    }

    [Fact]
    public void Rejects_negative_initial_cash()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Portfolio("USDT", -1m));
    }
}
