using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Kernel;

/// <summary>The kernel's protective stop (<see cref="ExecutionOptions.StopLossPercent"/>): placed after the entry fill, filled on the intra-bar path, cancelled on exit.</summary>
public sealed class ProtectiveStopTests
{
    // SMA(2/4) enters after bar 5 (close 102) and fills at bar 6's open 102; bar 8 opens at 106 and falls to 97.
    private static readonly double[] Crash = [100, 100, 100, 100, 100, 102, 104, 106, 97, 96, 95];

    // Rises, then the cross back (bar 11 close 104) exits before any low reaches a 3% stop.
    private static readonly double[] UpThenDown = [100, 100, 100, 100, 100, 102, 104, 106, 108, 110, 108, 104, 100, 96, 92, 90];

    [Theory]
    [InlineData(null)]
    [InlineData(50.0)]
    public void A_stop_placed_after_the_entry_fill_triggers_on_a_bar_whose_low_crosses_it(double? stopLimitOffsetBps)
    {
        var h = new KernelHarness(Crash, new ExecutionOptions { StopLossPercent = 2, StopLimitOffsetBps = stopLimitOffsetBps });
        for (var k = 0; k < 6; k++) h.Step();
        Assert.Null(h.Kernel.ProtectiveStopOf(0)); // the entry order is working, not filled: no stop yet

        h.Step(); // bar 6: the entry fills at the open 102 × (1 + 1 bp half spread + 5 bp slippage) = 102.0612
        var entry = Assert.Single(h.Kernel.Fills).Fill;
        Assert.Equal(102.0612m, entry.Price);
        var stop = h.Kernel.ProtectiveStopOf(0);
        Assert.NotNull(stop);
        // 102.0612 × (1 − 2%) = 100.019976 (already on the default profile's 1e-8 tick)
        Assert.Equal(100.019976m, stop.Request.StopPrice);
        Assert.Equal(OrderSide.Sell, stop.Request.Side);
        Assert.Equal(entry.Quantity, stop.Request.Quantity);
        Assert.Equal(stopLimitOffsetBps is null ? OrderType.StopMarket : OrderType.StopLimit, stop.Request.Type);
        if (stopLimitOffsetBps is not null) Assert.Equal(99.51987612m, stop.Request.LimitPrice); // 100.019976 × (1 − 0.5%)
        var submitted = h.Decisions(DecisionAction.OrderSubmitted).Last();
        Assert.Equal((ReasonCode.ProtectiveStop, stop.ClientOrderId), (submitted.Reason, submitted.ClientOrderId));

        h.Step(); // bar 7 (104 → 106): the low 104 stays above the stop
        Assert.Single(h.Kernel.Fills);

        h.Step(); // bar 8: O 106 → H 106 → L 97 → C 97 (closed down: high first); the path crosses the stop on the way down
        var exit = h.Kernel.Fills[^1].Fill;
        Assert.Equal(stop.ClientOrderId, exit.ClientOrderId);
        // a taker at the trigger: 100.019976 × (1 − 1 bp − 5 bp) = 99.9599640144 (a stop-limit at 99.51987612 is marketable there and fills the same)
        Assert.Equal(99.9599640144m, exit.Price);
        Assert.Equal(OrderSide.Sell, exit.Side);
        Assert.Equal(0m, h.Kernel.Portfolio.QuantityOf(Btc));
        Assert.Null(h.Kernel.ProtectiveStopOf(0));
        Assert.Equal(0, h.Kernel.OpenOrderCount);
    }

    [Fact]
    public void The_stop_is_cancelled_when_the_kernel_exits_the_position()
    {
        var h = new KernelHarness(UpThenDown, new ExecutionOptions { StopLossPercent = 3 });
        for (var k = 0; k < 7; k++) h.Step();
        var stop = h.Kernel.ProtectiveStopOf(0)!;
        Assert.Equal(98.999364m, stop.Request.StopPrice); // 102.0612 × 0.97

        for (var k = 7; k < 12; k++) h.Step(); // bar 11 closes at 104: fast 106 < slow 107.5, exit sent
        Assert.Equal(OrderStatus.Canceled, stop.Status);
        Assert.Contains(h.Decisions(DecisionAction.OrderCanceled), d => d.ClientOrderId == stop.ClientOrderId);
        Assert.Null(h.Kernel.ProtectiveStopOf(0));

        h.StepAll();
        Assert.Equal(0m, h.Kernel.Portfolio.QuantityOf(Btc));
        Assert.DoesNotContain(h.Kernel.Fills, f => f.Fill.ClientOrderId == stop.ClientOrderId);
        Assert.Single(h.Decisions(DecisionAction.OrderSubmitted), d => d.Reason == ReasonCode.ProtectiveStop);
        Assert.Equal(0, h.Kernel.OpenOrderCount);
    }

    [Fact]
    public void Without_a_stop_loss_no_stop_is_ever_placed_and_bad_settings_are_refused()
    {
        var h = new KernelHarness(Crash);
        h.StepAll();
        Assert.DoesNotContain(h.Decisions(DecisionAction.OrderSubmitted), d => d.Reason == ReasonCode.ProtectiveStop);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionModel(new ExecutionOptions { StopLossPercent = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionModel(new ExecutionOptions { StopLossPercent = 100 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExecutionModel(new ExecutionOptions { StopLossPercent = 2, StopLimitOffsetBps = -5 }));
    }

    [Fact]
    public void A_short_is_protected_by_a_buy_stop_above_the_entry()
    {
        var stop = new ExecutionModel(new ExecutionOptions { StopLossPercent = 5, StopLimitOffsetBps = 10 }).StopFor(0, -2, 200)!.Value;
        Assert.Equal(210, stop.StopPrice, 9);          // 200 × 1.05
        Assert.Equal(210 * 1.001, stop.LimitPrice, 9); // a buy stop-limit's limit lies above its trigger
        Assert.Null(new ExecutionModel().StopFor(0, 1, 100));
    }
}
