using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Risk;

/// <summary>Market triggers halt with a cool-down and resume by themselves once cleared; every other trigger latches.</summary>
public sealed class RiskEngineCooldownTests
{
    private readonly DecisionLog _log = new();

    private RiskEngine Engine(RiskOptions? options = null) => new(options ?? new RiskOptions(), Universe(3), null, _log);

    private static ExposureBook Book()
    {
        var book = new ExposureBook(3, 10_000);
        for (var i = 0; i < 3; i++) book.SetMark(i, 100);
        return book;
    }

    private static RiskCheck Buy(DateTimeOffset time) => new(0, 1, 100, 0.9, time);

    /// <summary>One hourly bar close: symbol 0's return (σ = 1% before it, warmed up), then the portfolio update.</summary>
    private static void Bar(RiskEngine risk, DateTimeOffset time, double ret)
    {
        risk.ObserveReturn(0, ret, 0.01, 100, time);
        risk.OnBar(time, 10_000);
    }

    [Fact]
    public void A_volatility_shock_halts_for_the_cool_down_then_resumes_by_itself_once_cleared()
    {
        var risk = Engine();
        var book = Book();
        Bar(risk, T0, 0.001);
        Bar(risk, T0.AddHours(1), -0.15); // 15 sigma > 10
        Assert.Equal(ReasonCode.KillSwitchVolatilityShock, risk.KillSwitchReason);
        Assert.Equal(TradingState.Halted, risk.State);
        Assert.Equal(T0.AddHours(25), risk.KillSwitchResumesAfter);

        // During the cool-down no new exposure, although the market calmed down immediately.
        for (var h = 2; h < 25; h++)
        {
            Bar(risk, T0.AddHours(h), 0.002);
            Assert.Equal(TradingState.Halted, risk.State);
            Assert.Equal(RiskDecision.Deny(ReasonCode.KillSwitchEngaged), risk.Evaluate(Buy(T0.AddHours(h)), book));
        }

        Bar(risk, T0.AddHours(25), 0.002); // 24 h after the halt, latest return 0.2 sigma: cleared
        Assert.False(risk.KillSwitchEngaged);
        Assert.Null(risk.KillSwitchResumesAfter);
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Equal(RiskVerdict.Approve, risk.Evaluate(Buy(T0.AddHours(25)), book).Verdict);

        var reasons = _log.Items.Select(d => d.Reason).ToArray();
        Assert.Equal(
            [ReasonCode.KillSwitchVolatilityShock, ReasonCode.TradingStateChanged, ReasonCode.KillSwitchAutoResumed, ReasonCode.TradingStateChanged],
            reasons);
        Assert.Contains("Halted -> Active", _log.Items[^1].Details);
        Assert.Contains("resumes by itself", _log.Items[0].Details);
    }

    [Fact]
    public void A_market_still_in_shock_at_the_end_of_the_cool_down_stays_halted_until_it_clears()
    {
        var risk = Engine();
        Bar(risk, T0, 0.20);
        Assert.True(risk.KillSwitchEngaged);
        Bar(risk, T0.AddHours(23), 0.001);
        Bar(risk, T0.AddHours(24), 0.20); // the cool-down is over but this bar is another shock
        Assert.Equal(TradingState.Halted, risk.State);
        Bar(risk, T0.AddHours(30), -0.20);
        Assert.Equal(TradingState.Halted, risk.State);
        Bar(risk, T0.AddHours(31), 0.003);
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Single(_log.Items, d => d.Reason == ReasonCode.KillSwitchAutoResumed);
        Assert.Single(_log.Items, d => d.Reason == ReasonCode.KillSwitchVolatilityShock); // later shocks during the halt are not new halts
    }

    [Fact]
    public void A_correlation_spike_resumes_only_when_the_correlation_is_back_below_the_threshold()
    {
        var risk = Engine(new RiskOptions { MarketTriggerCooldown = TimeSpan.FromHours(6) });
        risk.ObserveCorrelation(0.97, 3, T0);
        risk.OnBar(T0, 10_000);
        Assert.Equal(ReasonCode.KillSwitchCorrelationSpike, risk.KillSwitchReason);
        risk.ObserveCorrelation(0.96, 3, T0.AddHours(6));
        risk.OnBar(T0.AddHours(6), 10_000);
        Assert.True(risk.MarketTriggerActive);
        Assert.Equal(TradingState.Halted, risk.State);
        risk.ObserveCorrelation(0.50, 3, T0.AddHours(7));
        risk.OnBar(T0.AddHours(7), 10_000);
        Assert.Equal(TradingState.Active, risk.State);
    }

    [Fact]
    public void Manual_and_data_quality_halts_never_resume_by_themselves()
    {
        var manual = Engine();
        manual.EngageKillSwitch(T0, "operator");
        Bar(manual, T0.AddDays(3), 0.001);
        Assert.Equal(ReasonCode.KillSwitchManual, manual.KillSwitchReason);
        Assert.Null(manual.KillSwitchResumesAfter);

        var data = Engine();
        data.ObserveDataQuality(0, false, T0);
        data.ObserveDataQuality(1, true, T0);
        Bar(data, T0.AddDays(3), 0.001);
        Assert.Equal(TradingState.Halted, data.State);
    }

    [Fact]
    public void A_latching_trigger_during_an_automatic_halt_makes_it_manual()
    {
        var risk = Engine();
        Bar(risk, T0, 0.20);
        Assert.NotNull(risk.KillSwitchResumesAfter);
        risk.EngageKillSwitch(T0.AddHours(1), "operator saw the shock");
        Assert.Equal(ReasonCode.KillSwitchManual, risk.KillSwitchReason);
        Assert.Null(risk.KillSwitchResumesAfter);
        Bar(risk, T0.AddDays(2), 0.001);
        Assert.Equal(TradingState.Halted, risk.State);
        risk.ReleaseKillSwitch(T0.AddDays(2), "checked");
        Assert.Equal(TradingState.Active, risk.State);
    }

    [Fact]
    public void A_zero_cool_down_makes_market_triggers_latch_and_a_negative_one_is_refused()
    {
        var risk = Engine(new RiskOptions { MarketTriggerCooldown = TimeSpan.Zero });
        Bar(risk, T0, 0.20);
        Assert.Null(risk.KillSwitchResumesAfter);
        Bar(risk, T0.AddDays(5), 0.001);
        Assert.Equal(TradingState.Halted, risk.State);
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine(new RiskOptions { MarketTriggerCooldown = TimeSpan.FromHours(-1) }));
    }
}
