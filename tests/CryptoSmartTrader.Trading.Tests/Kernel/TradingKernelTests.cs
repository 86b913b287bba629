using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Kernel;

public sealed class TradingKernelTests
{
    // Flat for the warm-up, a rise (fast SMA crosses above slow), then a fall (crosses back).
    private static readonly double[] UpThenDown = [100, 100, 100, 100, 100, 102, 104, 106, 108, 110, 108, 104, 100, 96, 92, 90];

    [Fact]
    public void Sma_cross_enters_at_the_next_open_and_exits_after_the_cross_back()
    {
        var h = new KernelHarness(UpThenDown);
        for (var k = 0; k < 6; k++) h.Step(); // bar 5 closes at 102: fast (101) > slow (100.5)
        var target = Assert.Single(h.Decisions(DecisionAction.Target));
        Assert.Equal(ReasonCode.SignalEntry, target.Reason);
        // quarter Kelly of p = 0.85, b = 1.5: 0.25 × (0.85 − 0.15 / 1.5) = 0.1875 of 10 000 at 102
        Assert.Equal(1875.0 / 102, target.Quantity, 9);
        Assert.Single(h.Decisions(DecisionAction.RiskApproved));
        Assert.Single(h.Decisions(DecisionAction.OrderSubmitted));
        Assert.Empty(h.Kernel.Fills);

        h.Step(); // bar 6 opens at 102
        var fill = Assert.Single(h.Kernel.Fills).Fill;
        Assert.Equal(OrderSide.Buy, fill.Side);
        Assert.Equal(102m * 1.0006m, fill.Price);
        Assert.Equal(18.38235294m, fill.Quantity); // 1875 / 102 rounded down to 1e-8

        h.StepAll();
        Assert.Contains(h.Decisions(DecisionAction.Target), d => d.Reason == ReasonCode.SignalExit);
        Assert.Equal(0m, h.Kernel.Portfolio.QuantityOf(Btc));
        Assert.Equal(0, h.Kernel.Exposure.PositionOf(0), 9);
    }

    [Fact]
    public void Portfolio_identity_holds_and_the_mirror_agrees()
    {
        var h = new KernelHarness(UpThenDown);
        for (var k = 0; k < 9; k++) h.Step();
        var p = h.Kernel.Portfolio;
        var marks = h.Kernel.BuildMarks();
        var equity = p.Equity(marks);
        Assert.Equal(p.InitialEquity + p.RealizedPnl + p.UnrealizedPnl(marks) - p.FeesPaid, equity);
        Assert.Equal((double)equity, h.Kernel.Equity, 6);
    }

    [Fact]
    public void A_context_later_than_the_clock_is_look_ahead()
    {
        var h = new KernelHarness(UpThenDown);
        h.Context.Reset(h.Clock.GetUtcNow().AddHours(1));
        var ex = Assert.Throws<ArgumentException>(() => h.Kernel.OnBarClose(h.Context));
        Assert.Contains("look-ahead", ex.Message);
    }

    [Fact]
    public void A_bar_closing_after_the_context_time_is_refused()
    {
        var ctx = new BarCloseContext(Universe());
        ctx.Reset(T0);
        Assert.Throws<ArgumentException>(() => ctx.SetBar(0, Bar(0, 100, 101, 99, 100)));
    }

    [Fact]
    public void Kill_switch_cancels_working_orders_and_blocks_new_ones_but_not_cancels()
    {
        var h = new KernelHarness(UpThenDown);
        h.Step();
        var request = new OrderRequest("manual-1", Core.Markets.Exchange.Binance, Btc, OrderSide.Buy, OrderType.Limit, 1m, limitPrice: 50m);
        Assert.True(h.Kernel.Submit(request).Accepted);
        Assert.Equal(1, h.Kernel.OpenOrderCount);
        h.Kernel.EngageKillSwitch("operator");
        Assert.Equal(0, h.Kernel.OpenOrderCount);
        Assert.Contains(h.Decisions(DecisionAction.OrderCanceled), d => d.ClientOrderId == "manual-1");
        var again = h.Kernel.Submit(request with { });
        Assert.False(again.Accepted);
        Assert.Equal(ReasonCode.KillSwitchEngaged, again.Reason);
        Assert.Equal(TradingState.Halted, h.Step().State);
    }

    [Fact]
    public void Manual_orders_are_checked_against_exchange_rules()
    {
        var h = new KernelHarness(UpThenDown);
        h.Step();
        var tiny = new OrderRequest("tiny", Core.Markets.Exchange.Binance, Btc, OrderSide.Buy, OrderType.Market, 0.01m);
        var result = h.Kernel.Submit(tiny);
        Assert.Equal(ReasonCode.ExchangeRuleRejected, result.Reason); // 1 USDT < 5 USDT min notional
        var unknown = new OrderRequest("x", Core.Markets.Exchange.Binance, new Core.Markets.Symbol("ETH", "USDT"), OrderSide.Buy, OrderType.Market, 1m);
        Assert.Equal(ReasonCode.InvalidOrder, h.Kernel.Submit(unknown).Reason);
    }

    [Fact]
    public void Cancel_replace_moves_a_working_limit()
    {
        var h = new KernelHarness(UpThenDown);
        h.Step();
        h.Kernel.Submit(new OrderRequest("m-1", Core.Markets.Exchange.Binance, Btc, OrderSide.Buy, OrderType.Limit, 1m, limitPrice: 50m));
        var replaced = h.Kernel.Replace("m-1", newLimitPrice: 60m);
        Assert.True(replaced.Accepted);
        var working = Assert.Single(h.Kernel.OpenOrders);
        Assert.Equal(60m, working.Request.LimitPrice);
        Assert.Contains(h.Decisions(DecisionAction.OrderReplaced), d => d.ClientOrderId == "m-1");
        Assert.Equal(1, h.Kernel.Exposure.PendingOf(0), 12);
    }

    [Fact]
    public void Twap_sends_one_slice_per_interval()
    {
        var h = new KernelHarness(UpThenDown, new ExecutionOptions { Style = ExecutionStyle.Twap, TwapSlices = 4, TwapPeriod = TimeSpan.FromHours(4) });
        for (var k = 0; k < 10; k++) h.Step();
        var submitted = h.Decisions(DecisionAction.OrderSubmitted).ToList();
        Assert.Equal(ReasonCode.SignalEntry, submitted[0].Reason);
        Assert.Equal(3, submitted.Count(d => d.Reason == ReasonCode.AlgorithmSlice));
        Assert.Equal(submitted[0].Quantity, submitted[1].Quantity, 6);
        Assert.Equal(4, h.Kernel.Fills.Count);
    }

    [Fact]
    public void Unfilled_limit_is_repriced_by_cancel_replace_then_cancelled()
    {
        var h = new KernelHarness(UpThenDown, new ExecutionOptions { Style = ExecutionStyle.Limit, LimitOffsetBps = 2000, MaxReprices = 2 });
        for (var k = 0; k < 10; k++) h.Step();
        // Up to the first final cancel: the entry, two cancel/replace cycles, then the cancel (the next target may start again).
        var firstCycle = h.Log.Items.TakeWhile(d => !(d.Action == DecisionAction.OrderCanceled && d.Reason == ReasonCode.Canceled)).ToList();
        Assert.True(firstCycle.Count < h.Log.Count);
        Assert.Equal(2, firstCycle.Count(d => d.Action == DecisionAction.OrderReplaced));
        Assert.Equal(2, firstCycle.Count(d => d.Action == DecisionAction.OrderSubmitted && d.Reason == ReasonCode.LimitRepriced));
        Assert.Empty(h.Kernel.Fills);
    }

    [Fact]
    public void Iceberg_shows_only_its_visible_part()
    {
        var h = new KernelHarness(UpThenDown, new ExecutionOptions { Style = ExecutionStyle.Iceberg, IcebergVisibleFraction = 0.25, LimitOffsetBps = 0 });
        for (var k = 0; k < 6; k++) h.Step();
        var target = Assert.Single(h.Decisions(DecisionAction.Target));
        var child = Assert.Single(h.Decisions(DecisionAction.OrderSubmitted));
        Assert.Equal(target.Quantity * 0.25, child.Quantity, 6);
    }

    [Fact]
    public void Low_confidence_alpha_is_denied_and_recorded()
    {
        var h = new KernelHarness(UpThenDown, risk: new RiskOptions { MinVolume24hQuote = 0, MinConfidence = 0.9 });
        h.StepAll();
        Assert.Contains(h.Decisions(DecisionAction.RiskDenied), d => d.Reason == ReasonCode.ConfidenceTooLow);
        Assert.Empty(h.Kernel.Fills);
    }

    [Fact]
    public void Untradable_data_supplied_with_the_bar_blocks_the_entry()
    {
        var h = new KernelHarness(UpThenDown);
        var bad = Core.Quality.DataQualityVerdict.Untradable(Core.Markets.Exchange.Binance, Btc, Core.Markets.Timeframe.H1, T0, "gap");
        for (var k = 0; k < 8; k++) h.Step(ctx => ctx.SetDataQuality(0, bad));
        Assert.Contains(h.Decisions(DecisionAction.RiskDenied), d => d.Reason == ReasonCode.DataQualityFailed);
        Assert.Empty(h.Kernel.Fills);
    }

    [Fact]
    public void Volume_capped_entry_fills_over_several_bars()
    {
        var h = new KernelHarness(UpThenDown, volume: 50); // 10% of 50 = 5 BTC per bar, the entry is ~18.4 BTC
        for (var k = 0; k < 11; k++) h.Step();
        var buys = h.Kernel.Fills.Where(f => f.Fill.Side == OrderSide.Buy).ToList();
        Assert.True(buys.Count >= 4);
        Assert.All(buys, f => Assert.True(f.Fill.Quantity <= 5m));
        Assert.Contains(h.Decisions(DecisionAction.OrderFilled), d => d.Reason == ReasonCode.PartiallyFilled);
    }

    [Fact]
    public void Daily_loss_halts_the_kernel_until_the_next_utc_day_on_the_manual_clock()
    {
        // Entry at bar 6's open (102), a crash to 70 at bar 8: ≈ 18.4 × 32 ≈ 590 lost on 10 000 (5.9%) the same UTC day.
        var closes = new List<double> { 100, 100, 100, 100, 100, 102, 104, 106 };
        closes.AddRange(Enumerable.Repeat(70.0, 20));
        var h = new KernelHarness(closes);
        for (var k = 0; k < 9; k++) h.Step();
        Assert.True(h.Kernel.Risk.DailyHaltActive);
        var halted = h.Log.Count;
        while (h.Next < 23) Assert.Equal(TradingState.Halted, h.Step().State); // exit signal arrives but Halted sends nothing
        Assert.DoesNotContain(h.Log.Items.Skip(halted), d => d.Action == DecisionAction.OrderSubmitted);

        var step = h.Step(); // bar 23 closes at 2024-01-02 00:00 UTC
        Assert.Equal(TradingState.Active, step.State);
        var after = h.Log.Items.Skip(halted).ToList();
        var reset = after.FindIndex(d => d.Reason == ReasonCode.DailyReset);
        Assert.True(reset >= 0);
        Assert.Contains(after.Skip(reset), d => d.Action == DecisionAction.OrderSubmitted && d.Reason == ReasonCode.SignalExit);
    }

    [Fact]
    public void Repeated_system_errors_halt_the_kernel_and_cancel_orders()
    {
        var h = new KernelHarness(UpThenDown);
        h.Step();
        h.Kernel.Submit(new OrderRequest("m-1", Core.Markets.Exchange.Binance, Btc, OrderSide.Buy, OrderType.Limit, 1m, limitPrice: 50m));
        for (var k = 0; k < 5; k++) h.Kernel.ReportSystemError("venue timeout");
        Assert.Equal(ReasonCode.KillSwitchSystemErrors, h.Kernel.Risk.KillSwitchReason);
        Assert.Equal(0, h.Kernel.OpenOrderCount);
        Assert.Equal(0, h.Kernel.Exposure.PendingOf(0));
    }
}
