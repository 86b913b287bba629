using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Backtesting.Tests.Results;

public sealed class RoundTripBuilderTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static FillRecord F(int hour, OrderSide side, decimal q, decimal price, decimal fee) =>
        new(new Fill($"o{hour}", Btc, side, q, price, fee, "USDT", T0.AddHours(hour)), price, fee);

    [Fact]
    public void Scaling_in_then_flipping_splits_the_flip_fill()
    {
        var trips = RoundTripBuilder.Build(
        [
            F(0, OrderSide.Buy, 1, 100, 0.10m),
            F(1, OrderSide.Buy, 1, 110, 0.11m),
            F(2, OrderSide.Sell, 3, 120, 0.36m), // closes 2 (avg cost 105 → +30), opens 1 short at 120
            F(3, OrderSide.Buy, 1, 100, 0.10m),  // covers the short: +20
        ]);

        Assert.Equal(2, trips.Count);
        var longTrip = trips[0];
        Assert.Equal(1, longTrip.Direction);
        Assert.Equal(2m, longTrip.Quantity);
        Assert.Equal(105m, longTrip.EntryPrice);
        Assert.Equal(120m, longTrip.ExitPrice);
        Assert.Equal(30m, longTrip.GrossPnl);
        Assert.Equal(0.45m, longTrip.Fees); // 0.10 + 0.11 + 2/3 of 0.36
        Assert.Equal(29.55m, longTrip.NetPnl);
        Assert.Equal(TimeSpan.FromHours(2), longTrip.Duration);

        var shortTrip = trips[1];
        Assert.Equal(-1, shortTrip.Direction);
        Assert.Equal(20m, shortTrip.GrossPnl);
        Assert.Equal(0.22m, shortTrip.Fees);
        Assert.Equal(T0.AddHours(2), shortTrip.EntryTime);
    }

    [Fact]
    public void An_open_position_is_not_a_trade_yet()
    {
        var b = new RoundTripBuilder();
        b.Add(F(0, OrderSide.Buy, 1, 100, 0));
        b.Add(F(1, OrderSide.Sell, 0.5m, 110, 0));
        Assert.Empty(b.Closed);
        Assert.Contains(Btc, b.OpenSymbols);
    }

    [Fact]
    public void Slippage_is_adverse_price_difference_times_quantity()
    {
        var buy = new FillRecord(new Fill("b", Btc, OrderSide.Buy, 2, 101, 0, "USDT", T0), 100, 0);
        var sell = new FillRecord(new Fill("s", Btc, OrderSide.Sell, 2, 99, 0, "USDT", T0), 100, 0);
        Assert.Equal(2m, buy.Slippage);
        Assert.Equal(2m, sell.Slippage);
    }
}
