using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Core.Tests.Orders;

public sealed class OrderTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Order NewOrder(decimal qty = 3m) =>
        new(new OrderRequest("c1", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Limit, qty, limitPrice: 100m), T);

    private static Fill F(decimal qty, decimal price, string? tradeId = null) => new("c1", Btc, OrderSide.Buy, qty, price, 0m, "USDT", T, tradeId: tradeId);

    [Fact]
    public void Partial_fills_then_filled_with_volume_weighted_average()
    {
        var o = NewOrder();
        Assert.Equal(OrderStatus.PartiallyFilled, o.ApplyFill(F(1m, 100m)).Status);
        Assert.Equal(OrderStatus.Filled, o.ApplyFill(F(2m, 97m)).Status);
        Assert.Equal(98m, o.AverageFillPrice);                 // (1×100 + 2×97) / 3
        Assert.Equal(0m, o.RemainingQuantity);
    }

    [Fact]
    public void Refuses_an_overfill_and_keeps_state()
    {
        var o = NewOrder();
        o.ApplyFill(F(2m, 100m));
        var r = o.ApplyFill(F(2m, 100m));
        Assert.False(r.Applied);
        Assert.Contains("exceeds remaining 1", r.Error, StringComparison.Ordinal);
        Assert.Equal(2m, o.FilledQuantity);
    }

    [Fact]
    public void Refuses_a_duplicated_trade_and_a_foreign_fill()
    {
        var o = NewOrder();
        Assert.True(o.ApplyFill(F(1m, 100m, "t1")).Applied);
        Assert.False(o.ApplyFill(F(1m, 100m, "t1")).Applied);
        Assert.False(o.ApplyFill(new Fill("other", Btc, OrderSide.Buy, 1m, 100m, 0m, "USDT", T)).Applied);
        Assert.False(o.ApplyFill(new Fill("c1", Btc, OrderSide.Sell, 1m, 100m, 0m, "USDT", T)).Applied);
        Assert.Equal(1m, o.FilledQuantity);
    }

    [Fact]
    public void Fills_are_listed_in_order_and_duplicates_refused_for_the_first_and_later_fills()
    {
        // The first fill is held in the order itself and later ones in a list: both must read back and be checked alike.
        var o = NewOrder();
        Assert.Empty(o.Fills);
        Assert.Equal(0, o.FillCount);
        Assert.True(o.ApplyFill(F(1m, 100m, "t1")).Applied);
        Assert.True(o.ApplyFill(F(0.5m, 99m, "t2")).Applied);
        Assert.True(o.ApplyFill(F(1m, 98m, "t3")).Applied);
        Assert.False(o.ApplyFill(F(0.1m, 98m, "t1")).Applied);
        Assert.False(o.ApplyFill(F(0.1m, 98m, "t3")).Applied);
        Assert.Equal(3, o.FillCount);
        Assert.Equal(["t1", "t2", "t3"], o.Fills.Select(f => f.TradeId));
        Assert.Equal([1m, 0.5m, 1m], o.Fills.Select(f => f.Quantity));
        Assert.Equal(2.5m, o.FilledQuantity);
    }

    [Fact]
    public void Cancel_after_partial_fill_keeps_the_fill()
    {
        var o = NewOrder();
        o.ApplyFill(F(1m, 100m));
        Assert.True(o.Cancel(T, "user").Applied);
        Assert.Equal(OrderStatus.Canceled, o.Status);
        Assert.Equal(1m, o.FilledQuantity);
        Assert.False(o.Reject(T, "late").Applied);
    }

    [Fact]
    public void A_partially_filled_order_cannot_be_rejected()
    {
        var o = NewOrder();
        o.ApplyFill(F(1m, 100m));
        Assert.False(o.Reject(T, "x").Applied);
        Assert.Equal(OrderStatus.PartiallyFilled, o.Status);
    }

    [Theory]
    [InlineData(OrderType.Limit, null, null, "needs limitPrice")]
    [InlineData(OrderType.Market, 100.0, null, "must not carry a limitPrice")]
    [InlineData(OrderType.StopMarket, null, null, "needs stopPrice")]
    [InlineData(OrderType.StopLimit, 100.0, null, "needs stopPrice")]
    [InlineData(OrderType.Limit, -1.0, null, "needs limitPrice > 0")]
    [InlineData(OrderType.Market, null, 5.0, "must not carry a stopPrice")]
    public void Request_rejects_inconsistent_prices(OrderType type, double? limit, double? stop, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            new OrderRequest("c", Exchange.Binance, Btc, OrderSide.Buy, type, 1m, (decimal?)limit, (decimal?)stop));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Request_rejects_non_positive_quantity(double qty)
    {
        var ex = Assert.Throws<ArgumentException>(() => new OrderRequest("c", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, (decimal)qty));
        Assert.Contains("quantity", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_rejects_post_only_market_and_bad_client_ids()
    {
        Assert.Throws<ArgumentException>(() => new OrderRequest("c", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 1m, postOnly: true));
        Assert.Throws<ArgumentException>(() => new OrderRequest("", Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 1m));
        Assert.Throws<ArgumentException>(() => new OrderRequest(new string('x', 65), Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 1m));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(1, 1, -1)]
    public void Fill_rejects_bad_numbers(double qty, double price, double fee)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Fill("c", Btc, OrderSide.Buy, (decimal)qty, (decimal)price, (decimal)fee, "USDT", T));
    }
}
