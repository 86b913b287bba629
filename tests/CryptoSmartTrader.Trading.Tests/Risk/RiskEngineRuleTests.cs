using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Risk;

/// <summary>Every order rule's denial or shrink with its reason code. Equity 10 000, marks 100, so 1 unit = 1% of equity.</summary>
public sealed class RiskEngineRuleTests
{
    private static (RiskEngine Engine, ExposureBook Book) Setup(RiskOptions? options = null, int[]? clusters = null, IDataQualityGate? gate = null)
    {
        var universe = Universe(3);
        var book = new ExposureBook(3, 10_000, clusters);
        for (var i = 0; i < 3; i++) book.SetMark(i, 100);
        return (new RiskEngine(options ?? new RiskOptions(), universe, gate), book);
    }

    private static RiskCheck Check(double qty, double confidence = 0.9, int symbol = 0) => new(symbol, qty, 100, confidence, T0);

    [Fact]
    public void Confidence_below_the_gate_is_denied()
    {
        var (risk, book) = Setup();
        Assert.Equal(RiskDecision.Deny(ReasonCode.ConfidenceTooLow), risk.Evaluate(Check(1, 0.79), book));
        Assert.Equal(RiskVerdict.Approve, risk.Evaluate(Check(1, 0.80), book).Verdict);
    }

    [Fact]
    public void Position_cap_shrinks_then_denies_below_min_notional()
    {
        var (risk, book) = Setup();
        Assert.Equal(new RiskDecision(RiskVerdict.Shrink, 30, ReasonCode.MaxPositionExceeded), risk.Evaluate(Check(40), book));
        Assert.Equal(RiskDecision.Deny(ReasonCode.MaxPositionExceeded), risk.Evaluate(Check(40) with { MinNotional = 5000 }, book));
    }

    [Fact]
    public void Gross_exposure_cap_counts_other_positions()
    {
        var (risk, book) = Setup(new RiskOptions { MaxGrossExposure = 0.9, EstimatedFeeRate = 0 });
        book.ApplyFill(1, 40, 100, 0);
        book.ApplyFill(2, 40, 100, 0);
        Assert.Equal(new RiskDecision(RiskVerdict.Shrink, 10, ReasonCode.MaxGrossExposureExceeded), risk.Evaluate(Check(25), book));
    }

    [Fact]
    public void Net_exposure_cap_applies()
    {
        var (risk, book) = Setup(new RiskOptions { MaxNetExposure = 0.5, AllowShort = true });
        book.ApplyFill(1, 40, 100, 0);
        var d = risk.Evaluate(Check(20), book);
        Assert.Equal(RiskVerdict.Shrink, d.Verdict);
        Assert.Equal(ReasonCode.MaxNetExposureExceeded, d.Reason);
        Assert.Equal(10, d.Quantity, 9);
    }

    [Fact]
    public void Cluster_exposure_cap_applies_to_symbols_of_one_cluster()
    {
        var (risk, book) = Setup(clusters: [0, 0, 1]);
        book.ApplyFill(1, 40, 100, 0);
        var d = risk.Evaluate(Check(25), book);
        Assert.Equal(ReasonCode.ClusterExposureExceeded, d.Reason);
        Assert.Equal(20, d.Quantity, 9);
        var (risk2, book2) = Setup(clusters: [0, 1, 1]);
        book2.ApplyFill(1, 40, 100, 0);
        Assert.Equal(RiskVerdict.Approve, risk2.Evaluate(Check(25), book2).Verdict);
    }

    [Fact]
    public void Shorts_are_denied_on_spot_and_a_flip_is_cut_to_flat()
    {
        var (risk, book) = Setup();
        Assert.Equal(RiskDecision.Deny(ReasonCode.ShortNotAllowed), risk.Evaluate(Check(-5), book));
        book.ApplyFill(0, 3, 100, 0);
        Assert.Equal(new RiskDecision(RiskVerdict.Shrink, -3, ReasonCode.ShortNotAllowed), risk.Evaluate(Check(-5), book));
    }

    [Fact]
    public void Buys_need_free_cash()
    {
        var (risk, book) = Setup(new RiskOptions { MaxGrossExposure = 10, MaxNetExposure = 10, MaxClusterExposure = 10, MaxPositionFraction = 10, EstimatedFeeRate = 0 });
        book.ApplyFill(1, 99, 100, 0); // cash 100
        Assert.Equal(new RiskDecision(RiskVerdict.Shrink, 1, ReasonCode.InsufficientCash), risk.Evaluate(Check(10), book));
        Assert.Equal(RiskDecision.Deny(ReasonCode.InsufficientCash), risk.Evaluate(Check(10) with { MinNotional = 500 }, book));
    }

    [Fact]
    public void Liquidity_gate_checks_spread_depth_and_volume()
    {
        var (risk, book) = Setup();
        Assert.Equal(ReasonCode.SpreadTooWide, risk.Evaluate(Check(1) with { SpreadBps = 60 }, book).Reason);
        Assert.Equal(ReasonCode.DepthTooThin, risk.Evaluate(Check(1) with { DepthQuote = 5_000 }, book).Reason);
        Assert.Equal(ReasonCode.VolumeTooLow, risk.Evaluate(Check(1) with { Volume24hQuote = 500_000 }, book).Reason);
        Assert.Equal(RiskVerdict.Approve, risk.Evaluate(Check(1) with { SpreadBps = 10, DepthQuote = 50_000, Volume24hQuote = 2e6 }, book).Verdict);
        var (strict, book2) = Setup(new RiskOptions { RequireLiquidityData = true });
        Assert.Equal(RiskDecision.Deny(ReasonCode.LiquidityUnknown), strict.Evaluate(Check(1), book2));
    }

    [Fact]
    public void Bad_data_blocks_new_exposure_but_not_exits()
    {
        var bad = DataQualityVerdict.Untradable(Exchange.Binance, Btc, Timeframe.H1, T0, "gap");
        var (risk, book) = Setup();
        Assert.Equal(RiskDecision.Deny(ReasonCode.DataQualityFailed), risk.Evaluate(Check(1) with { Verdict = bad }, book));
        var (gated, book2) = Setup(gate: new StubGate(tradable: false));
        Assert.Equal(RiskDecision.Deny(ReasonCode.DataQualityFailed), gated.Evaluate(Check(1), book2));
        book2.ApplyFill(0, 5, 100, 0);
        Assert.Equal(RiskVerdict.Approve, gated.Evaluate(Check(-5), book2).Verdict);
    }

    [Fact]
    public void Manual_trading_states_are_enforced()
    {
        var (risk, book) = Setup();
        book.ApplyFill(0, 5, 100, 0);
        risk.SetTradingState(TradingState.Reducing, T0);
        Assert.Equal(RiskDecision.Deny(ReasonCode.TradingReducingOnly), risk.Evaluate(Check(1), book));
        Assert.Equal(RiskVerdict.Approve, risk.Evaluate(Check(-2), book).Verdict);
        risk.SetTradingState(TradingState.Halted, T0);
        Assert.Equal(RiskDecision.Deny(ReasonCode.TradingHalted), risk.Evaluate(Check(-2), book));
    }

    [Fact]
    public void Invalid_orders_are_denied()
    {
        var (risk, book) = Setup();
        Assert.Equal(ReasonCode.InvalidOrder, risk.Evaluate(Check(0), book).Reason);
        Assert.Equal(ReasonCode.InvalidOrder, risk.Evaluate(Check(double.NaN), book).Reason);
        Assert.Equal(ReasonCode.InvalidOrder, risk.Evaluate(Check(1) with { Price = 0 }, book).Reason);
    }

    [Fact]
    public void Bad_options_are_refused_with_their_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RiskOptions { MinConfidence = 1.5 }.Validate());
        Assert.Contains("MinConfidence", ex.Message);
        Assert.Throws<ArgumentException>(() => new RiskOptions { WarningDrawdown = 0.03 }.Validate());
    }

    private sealed class StubGate(bool tradable) : IDataQualityGate
    {
        public DataQualityVerdict Evaluate(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset asOf) =>
            new(exchange, symbol, timeframe, asOf, tradable ? 1 : 0, tradable, tradable ? [] : ["stub"]);
    }
}
