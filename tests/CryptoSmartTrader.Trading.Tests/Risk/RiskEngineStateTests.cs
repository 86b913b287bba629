using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.TestKit.Time;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Risk;

/// <summary>Daily loss halt and reset, the drawdown ladder and every kill-switch trigger.</summary>
public sealed class RiskEngineStateTests
{
    private readonly DecisionLog _log = new();
    private readonly ManualTimeProvider _clock = new(T0);

    private RiskEngine Engine(RiskOptions? options = null) => new(options ?? new RiskOptions(), Universe(3), null, _log);

    private static ExposureBook Book()
    {
        var book = new ExposureBook(3, 10_000);
        for (var i = 0; i < 3; i++) book.SetMark(i, 100);
        return book;
    }

    private static RiskCheck Buy(double qty = 1) => new(0, qty, 100, 0.9, T0);

    [Fact]
    public void Daily_loss_halts_until_the_next_utc_day()
    {
        var risk = Engine();
        risk.OnBar(_clock.GetUtcNow(), 10_000);
        _clock.Advance(TimeSpan.FromHours(5));
        risk.OnBar(_clock.GetUtcNow(), 9_400); // −6% on the day
        Assert.True(risk.DailyHaltActive);
        Assert.Equal(TradingState.Halted, risk.State);
        Assert.Equal(RiskDecision.Deny(ReasonCode.DailyLossLimitHalt), risk.Evaluate(Buy(), Book()));

        _clock.Advance(TimeSpan.FromHours(18) + TimeSpan.FromMinutes(59)); // 23:59 the same day
        risk.OnBar(_clock.GetUtcNow(), 9_600);
        Assert.Equal(TradingState.Halted, risk.State);

        _clock.Advance(TimeSpan.FromMinutes(1)); // 00:00 next UTC day
        risk.OnBar(_clock.GetUtcNow(), 9_600);
        Assert.False(risk.DailyHaltActive);
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Equal(9_600, risk.DayStartEquity);
        Assert.Contains(_log.Items, d => d.Reason == ReasonCode.DailyReset);
        Assert.Contains(_log.Items, d => d.Reason == ReasonCode.DailyLossLimitHalt);
    }

    [Fact]
    public void Drawdown_ladder_climbs_and_descends_through_all_levels()
    {
        var risk = Engine();
        var book = Book();
        book.ApplyFill(0, 5, 100, 0);
        (double Equity, DrawdownLevel Level, double Kelly, double Size, TradingState State)[] steps =
        [
            (10_000, DrawdownLevel.Normal, 1, 1, TradingState.Active),
            (9_500, DrawdownLevel.Caution, 0.5, 1, TradingState.Active),
            (9_000, DrawdownLevel.Warning, 0.5, 0.5, TradingState.Active),
            (8_500, DrawdownLevel.Danger, 0.5, 0.5, TradingState.Reducing),
            (8_000, DrawdownLevel.Critical, 0.5, 0.5, TradingState.Reducing),
            // 4 % is inside the default 1-point hysteresis band below Caution (5 %): the ladder steps down only below 4 %.
            (9_600, DrawdownLevel.Caution, 0.5, 1, TradingState.Active),
            (9_650, DrawdownLevel.Normal, 1, 1, TradingState.Active),
        ];
        foreach (var s in steps)
        {
            _clock.Advance(TimeSpan.FromDays(1)); // a new day each step keeps the daily loss limit out of the way
            risk.OnBar(_clock.GetUtcNow(), s.Equity);
            Assert.Equal(s.Level, risk.Level);
            Assert.Equal(s.Kelly, risk.KellyMultiplier);
            Assert.Equal(s.Size, risk.SizeMultiplier);
            Assert.Equal(s.State, risk.State);
            Assert.Equal(s.Level == DrawdownLevel.Critical, risk.PaperOnly);
            if (s.Level >= DrawdownLevel.Danger)
            {
                Assert.Equal(RiskDecision.Deny(ReasonCode.DrawdownReducingOnly), risk.Evaluate(Buy(), book));
                Assert.Equal(RiskVerdict.Approve, risk.Evaluate(Buy(-2), book).Verdict);
            }
        }

        Assert.Equal(6, _log.Items.Count(d => d.Reason == ReasonCode.LadderLevelChanged));
    }

    [Fact]
    public void Kill_switch_manual_engage_and_release()
    {
        var risk = Engine();
        risk.EngageKillSwitch(T0, "operator");
        Assert.Equal(ReasonCode.KillSwitchManual, risk.KillSwitchReason);
        Assert.Equal(TradingState.Halted, risk.State);
        var book = Book();
        book.ApplyFill(0, 5, 100, 0);
        Assert.Equal(RiskDecision.Deny(ReasonCode.KillSwitchEngaged), risk.Evaluate(Buy(-1), book));
        risk.ReleaseKillSwitch(T0, "checked");
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Contains(_log.Items, d => d.Reason == ReasonCode.KillSwitchReleased);
    }

    [Fact]
    public void Kill_switch_trips_on_portfolio_drawdown_and_latches()
    {
        var risk = Engine();
        risk.OnBar(T0, 10_000);
        risk.OnBar(T0.AddDays(1), 7_500);
        Assert.Equal(ReasonCode.KillSwitchDrawdown, risk.KillSwitchReason);
        risk.OnBar(T0.AddDays(2), 10_000); // recovery does not release it
        Assert.Equal(TradingState.Halted, risk.State);
    }

    [Fact]
    public void Kill_switch_trips_on_a_volatility_shock_after_warmup()
    {
        var risk = Engine();
        risk.ObserveReturn(0, 0.2, 0.01, 10, T0); // 20 sigma but only 10 returns: warm-up
        Assert.False(risk.KillSwitchEngaged);
        risk.ObserveReturn(0, 0.05, 0.01, 100, T0); // 5 sigma < 10
        Assert.False(risk.KillSwitchEngaged);
        risk.ObserveReturn(0, -0.2, 0.01, 100, T0);
        Assert.Equal(ReasonCode.KillSwitchVolatilityShock, risk.KillSwitchReason);
    }

    [Fact]
    public void Kill_switch_trips_on_a_correlation_spike()
    {
        var risk = Engine();
        risk.ObserveCorrelation(0.99, 2, T0); // fewer symbols than CorrelationMinSymbols
        risk.ObserveCorrelation(0.90, 3, T0);
        Assert.False(risk.KillSwitchEngaged);
        risk.ObserveCorrelation(0.96, 3, T0);
        Assert.Equal(ReasonCode.KillSwitchCorrelationSpike, risk.KillSwitchReason);
    }

    [Fact]
    public void Kill_switch_trips_on_a_data_quality_collapse()
    {
        var risk = Engine();
        risk.ObserveDataQuality(0, false, T0); // one known symbol: below DataQualityMinSymbols
        Assert.False(risk.KillSwitchEngaged);
        risk.ObserveDataQuality(1, true, T0);  // 1 of 2 bad = 50%
        Assert.Equal(ReasonCode.KillSwitchDataQualityCollapse, risk.KillSwitchReason);
    }

    [Fact]
    public void Kill_switch_trips_on_repeated_system_errors_within_the_window()
    {
        var risk = Engine();
        for (var k = 0; k < 4; k++) risk.ReportSystemError(T0.AddMinutes(k), "timeout");
        risk.ReportSystemError(T0.AddMinutes(20), "timeout"); // the first ones left the 15-minute window
        Assert.False(risk.KillSwitchEngaged);
        for (var k = 0; k < 4; k++) risk.ReportSystemError(T0.AddMinutes(21 + k), "timeout");
        Assert.Equal(ReasonCode.KillSwitchSystemErrors, risk.KillSwitchReason);
    }
}
