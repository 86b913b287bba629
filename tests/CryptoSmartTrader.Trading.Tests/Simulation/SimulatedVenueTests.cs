using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Simulation;

/// <summary>
/// Fills of each order type against hand-made bars. Defaults: spread 2 bps (taker pays half = 1 bp), slippage 5 bps,
/// Binance fees 0.10% maker and taker, participation 10% of bar volume. Orders are sent at T0, when bar 0 opens.
/// </summary>
public sealed class SimulatedVenueTests
{
    private readonly TradingUniverse _universe = Universe();
    private readonly RecordingListener _listener = new();

    private SimulatedVenue Venue(Action<SimulatedVenueOptions>? configure = null)
    {
        var o = new SimulatedVenueOptions();
        configure?.Invoke(o);
        return new SimulatedVenue(ExchangeProfiles.Binance, _universe, o);
    }

    private void Run(SimulatedVenue venue, int index, Bar bar) => venue.Synchronize(Context(_universe, index, bar), _listener);

    private static readonly Bar Up = Bar(0, 100, 102, 99, 101);

    [Fact]
    public void Market_order_fills_at_the_next_open_plus_half_spread_and_slippage()
    {
        var venue = Venue();
        var order = Order(OrderType.Market, OrderSide.Buy, 1m);
        Assert.True(venue.Submit(order, 0, T0).Accepted);
        Run(venue, 0, Up);
        var f = Assert.Single(_listener.Fills);
        Assert.Equal(100.06m, f.Fill.Price);          // 100 × (1 + 0.0001 + 0.0005)
        Assert.Equal(0.10006m, f.Fill.Fee);           // 0.1% taker
        Assert.False(f.Fill.IsMaker);
        Assert.Equal(100m, f.ReferencePrice);
        Assert.Equal(0.06m, f.SlippageCost);
        Assert.Equal(CloseOf(0), f.Fill.Time);
        Assert.Equal(OrderStatus.Filled, order.Status);
    }

    [Fact]
    public void Latency_delays_the_order_to_bars_opening_after_submit_plus_latency()
    {
        var venue = Venue(o => o.Latency = TimeSpan.FromMinutes(30));
        venue.Submit(Order(OrderType.Market, OrderSide.Buy, 1m), 0, T0);
        Run(venue, 0, Up);
        Assert.Empty(_listener.Fills);
        Run(venue, 1, Bar(1, 110, 111, 109, 110));
        Assert.Equal(110.066m, Assert.Single(_listener.Fills).Fill.Price);
    }

    [Fact]
    public void Partial_fills_are_capped_by_participation_of_bar_volume()
    {
        var venue = Venue();
        var order = Order(OrderType.Market, OrderSide.Sell, 1m);
        venue.Submit(order, 0, T0);
        Run(venue, 0, Bar(0, 100, 101, 99, 100, volume: 5)); // 10% of 5 = 0.5
        Assert.Equal(OrderStatus.PartiallyFilled, order.Status);
        Assert.Equal(0.5m, order.FilledQuantity);
        Run(venue, 1, Bar(1, 100, 101, 99, 100, volume: 5));
        Assert.Equal(OrderStatus.Filled, order.Status);
        Assert.Equal(2, _listener.Fills.Count);
        Assert.Equal(99.94m, _listener.Fills[0].Fill.Price); // sell: 100 × (1 − 0.0006)
    }

    [Fact]
    public void Zero_volume_bar_fills_nothing()
    {
        var venue = Venue();
        venue.Submit(Order(OrderType.Market, OrderSide.Buy, 1m), 0, T0);
        Run(venue, 0, Bar(0, 100, 100, 100, 100, volume: 0));
        Assert.Empty(_listener.Fills);
    }

    [Fact]
    public void Resting_limit_fills_only_when_traded_through()
    {
        var venue = Venue();
        var order = Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 99m);
        venue.Submit(order, 0, T0);
        Run(venue, 0, Up); // low 99 only touches
        Assert.Empty(_listener.Fills);
        Run(venue, 1, Bar(1, 100, 100.5, 98.5, 99));
        var f = Assert.Single(_listener.Fills);
        Assert.Equal(99m, f.Fill.Price);
        Assert.True(f.Fill.IsMaker);
        Assert.Equal(0.099m, f.Fill.Fee);
        Assert.Equal(0m, f.SlippageCost);
    }

    [Fact]
    public void Touch_rule_fills_a_limit_at_the_touch()
    {
        var venue = Venue(o => o.LimitFillRule = LimitFillRule.Touch);
        venue.Submit(Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 99m), 0, T0);
        Run(venue, 0, Up);
        Assert.Equal(99m, Assert.Single(_listener.Fills).Fill.Price);
    }

    [Fact]
    public void Marketable_limit_fills_as_taker_no_worse_than_its_limit()
    {
        var venue = Venue();
        venue.Submit(Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 101m), 0, T0);
        Run(venue, 0, Up);
        var f = Assert.Single(_listener.Fills);
        Assert.Equal(100.06m, f.Fill.Price);
        Assert.False(f.Fill.IsMaker);

        var capped = new RecordingListener();
        var venue2 = Venue();
        venue2.Submit(Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 100.03m), 0, T0);
        venue2.Synchronize(Context(_universe, 0, Up), capped);
        Assert.Equal(100.03m, Assert.Single(capped.Fills).Fill.Price);
    }

    [Fact]
    public void Post_only_that_would_cross_is_rejected()
    {
        var venue = Venue();
        var order = Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 101m, postOnly: true);
        venue.Submit(order, 0, T0);
        Run(venue, 0, Up);
        Assert.Empty(_listener.Fills);
        var closed = Assert.Single(_listener.Closed);
        Assert.Equal(ReasonCode.PostOnlyWouldCross, closed.Reason);
        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(0, venue.WorkingCount(0));
    }

    [Fact]
    public void Post_only_below_the_market_rests_and_fills_as_maker()
    {
        var venue = Venue();
        venue.Submit(Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 99.5m, postOnly: true), 0, T0);
        Run(venue, 0, Up);
        var f = Assert.Single(_listener.Fills);
        Assert.Equal(99.5m, f.Fill.Price);
        Assert.True(f.Fill.IsMaker);
    }

    [Fact]
    public void Stop_market_triggers_at_the_stop_or_at_a_gapped_open()
    {
        var venue = Venue();
        venue.Submit(Order(OrderType.StopMarket, OrderSide.Buy, 1m, stop: 101.5m), 0, T0);
        Run(venue, 0, Up);
        Assert.Equal(101.5609m, Assert.Single(_listener.Fills).Fill.Price); // 101.5 × 1.0006

        var gap = new RecordingListener();
        var venue2 = Venue();
        venue2.Submit(Order(OrderType.StopMarket, OrderSide.Sell, 1m, stop: 95m), 0, T0);
        venue2.Synchronize(Context(_universe, 0, Bar(0, 90, 91, 89, 90)), gap);
        Assert.Equal(89.946m, Assert.Single(gap.Fills).Fill.Price); // gapped: open 90 × (1 − 0.0006)
    }

    [Fact]
    public void Stop_not_reached_does_not_fill()
    {
        var venue = Venue();
        venue.Submit(Order(OrderType.StopMarket, OrderSide.Sell, 1m, stop: 98m), 0, T0);
        Run(venue, 0, Up);
        Assert.Empty(_listener.Fills);
        Assert.Equal(1, venue.WorkingCount(0));
    }

    [Theory]
    [InlineData(IntraBarPath.Adaptive, false)]          // up bar: O→L→H→C, the low came before the trigger
    [InlineData(IntraBarPath.OpenLowHighClose, false)]
    [InlineData(IntraBarPath.OpenHighLowClose, true)]   // the high first: triggered, then the low trades through 100.5
    public void Stop_limit_depends_on_the_intra_bar_path(IntraBarPath path, bool fills)
    {
        var venue = Venue(o => o.IntraBarPath = path);
        venue.Submit(Order(OrderType.StopLimit, OrderSide.Buy, 1m, limit: 100.5m, stop: 101m), 0, T0);
        Run(venue, 0, Bar(0, 100, 102, 99.5, 101.5));
        if (fills)
        {
            var f = Assert.Single(_listener.Fills);
            Assert.Equal(100.5m, f.Fill.Price);
            Assert.True(f.Fill.IsMaker);
        }
        else
        {
            Assert.Empty(_listener.Fills);
        }
    }

    [Fact]
    public void Ioc_remainder_is_cancelled_and_fok_expires_without_a_fill()
    {
        var venue = Venue();
        var ioc = Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 98m, tif: TimeInForce.Ioc, id: "ioc");
        var fok = Order(OrderType.Market, OrderSide.Buy, 1m, tif: TimeInForce.Fok, id: "fok");
        venue.Submit(ioc, 0, T0);
        venue.Submit(fok, 0, T0);
        Run(venue, 0, Bar(0, 100, 101, 99, 100, volume: 5));
        Assert.Equal(OrderStatus.Canceled, ioc.Status);
        Assert.Equal(OrderStatus.Expired, fok.Status);
        Assert.Empty(_listener.Fills);
        Assert.Equal(0, venue.WorkingCount(0));
    }

    [Fact]
    public void Cancel_removes_a_working_order()
    {
        var venue = Venue();
        var order = Order(OrderType.Limit, OrderSide.Buy, 1m, limit: 90m);
        venue.Submit(order, 0, T0);
        Assert.True(venue.Cancel(order, T0, "test").Accepted);
        Assert.Equal(OrderStatus.Canceled, order.Status);
        Assert.False(venue.Cancel(order, T0, "again").Accepted);
        Run(venue, 0, Bar(0, 100, 100, 80, 85));
        Assert.Empty(_listener.Fills);
    }

    [Fact]
    public void Order_for_another_symbol_index_is_refused()
    {
        var venue = Venue();
        var result = venue.Submit(Order(OrderType.Market, OrderSide.Buy, 1m), 3, T0);
        Assert.False(result.Accepted);
        Assert.Equal(ReasonCode.VenueRejected, result.Reason);
    }

    [Fact]
    public void Bad_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatedVenueOptions { ParticipationRate = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SimulatedVenueOptions { Latency = TimeSpan.FromSeconds(-1) }.Validate());
    }
}
