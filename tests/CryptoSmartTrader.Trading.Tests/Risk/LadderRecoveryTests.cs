using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.TestKit.Time;
using static CryptoSmartTrader.Trading.Tests.TestMarket;

namespace CryptoSmartTrader.Trading.Tests.Risk;

/// <summary>The ladder's hysteresis and its recovery policies (drawdown, manual, newHigh, cooldown).</summary>
public sealed class LadderRecoveryTests
{
    private readonly DecisionLog _log = new();
    private readonly ManualTimeProvider _clock = new(T0);

    private RiskEngine Engine(RiskOptions options) => new(options, Universe(3), null, _log);

    // A new UTC day per bar keeps the daily loss limit out of the way.
    private void Bar(RiskEngine risk, double equity)
    {
        _clock.Advance(TimeSpan.FromDays(1));
        risk.OnBar(_clock.GetUtcNow(), equity);
    }

    private int Count(ReasonCode reason) => _log.Items.Count(d => d.Reason == reason);

    [Fact]
    public void A_drawdown_wobbling_around_the_caution_threshold_changes_the_level_once()
    {
        var risk = Engine(new RiskOptions());
        Bar(risk, 10_000);
        foreach (var equity in new[] { 9_490.0, 9_510, 9_495, 9_505, 9_490, 9_510 }) Bar(risk, equity); // 5.1 % .. 4.9 %
        Assert.Equal(DrawdownLevel.Caution, risk.Level);
        Assert.Equal(1, Count(ReasonCode.LadderLevelChanged));
        Bar(risk, 9_650); // 3.5 %: below the 1-point band
        Assert.Equal(DrawdownLevel.Normal, risk.Level);
    }

    [Fact]
    public void Without_hysteresis_the_same_wobble_flaps()
    {
        var risk = Engine(new RiskOptions { LadderHysteresis = 0 });
        Bar(risk, 10_000);
        foreach (var equity in new[] { 9_490.0, 9_510, 9_495, 9_505, 9_490, 9_510 }) Bar(risk, equity);
        Assert.Equal(6, Count(ReasonCode.LadderLevelChanged));
    }

    [Fact]
    public void Drawdown_policy_leaves_danger_as_the_drawdown_recovers()
    {
        var risk = Engine(new RiskOptions { Recovery = LadderRecovery.Drawdown });
        Bar(risk, 10_000);
        Bar(risk, 8_400);
        Assert.Equal(TradingState.Reducing, risk.State);
        Bar(risk, 8_700); // 13 %: below Danger's band (15 % - 1)
        Assert.Equal(DrawdownLevel.Warning, risk.Level);
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Equal(0, Count(ReasonCode.LadderReleased));
    }

    [Fact]
    public void Manual_policy_holds_danger_until_a_person_releases_it()
    {
        var risk = Engine(new RiskOptions { Recovery = LadderRecovery.Manual });
        Bar(risk, 10_000);
        Bar(risk, 8_400);
        Bar(risk, 9_900); // recovered to 1 %: still held
        Assert.Equal(DrawdownLevel.Danger, risk.Level);
        Assert.Equal(TradingState.Reducing, risk.State);
        risk.ReleaseLadder(_clock.GetUtcNow(), "reviewed by the desk");
        Assert.Equal(DrawdownLevel.Normal, risk.Level);
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Equal(9_900, risk.PeakEquity);
        var release = Assert.Single(_log.Items, d => d.Reason == ReasonCode.LadderReleased);
        Assert.Contains("manual release: reviewed by the desk", release.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Manual_policy_still_steps_down_below_danger()
    {
        var risk = Engine(new RiskOptions { Recovery = LadderRecovery.Manual });
        Bar(risk, 10_000);
        Bar(risk, 8_900); // Warning
        Bar(risk, 9_800);
        Assert.Equal(DrawdownLevel.Normal, risk.Level);
    }

    [Fact]
    public void NewHigh_policy_holds_danger_until_equity_makes_a_new_high()
    {
        var risk = Engine(new RiskOptions { Recovery = LadderRecovery.NewHigh });
        Bar(risk, 10_000);
        Bar(risk, 8_400);
        Bar(risk, 9_990);
        Assert.Equal(DrawdownLevel.Danger, risk.Level);
        Bar(risk, 10_010);
        Assert.Equal(DrawdownLevel.Normal, risk.Level);
        Assert.Contains(_log.Items, d => d.Reason == ReasonCode.LadderReleased && (d.Details ?? "").Contains("new high", StringComparison.Ordinal));
    }

    [Fact]
    public void Cooldown_policy_releases_a_flat_book_after_the_cooldown_and_ends_the_drawdown_kill_switch()
    {
        var risk = Engine(new RiskOptions { Recovery = LadderRecovery.Cooldown, RecoveryCooldown = TimeSpan.FromDays(10) });
        Bar(risk, 10_000);
        Bar(risk, 7_000); // 30 %: Critical and the drawdown kill switch
        Assert.Equal(ReasonCode.KillSwitchDrawdown, risk.KillSwitchReason);
        for (var i = 0; i < 9; i++) Bar(risk, 7_000);
        Assert.Equal(TradingState.Halted, risk.State);
        Bar(risk, 7_000); // day 10 at Critical
        Assert.Equal(DrawdownLevel.Normal, risk.Level);
        Assert.False(risk.KillSwitchEngaged);
        Assert.Equal(TradingState.Active, risk.State);
        Assert.Equal(7_000, risk.PeakEquity);
        var release = Assert.Single(_log.Items, d => d.Reason == ReasonCode.LadderReleased);
        Assert.Contains("recovery cooldown", release.Details, StringComparison.Ordinal);
        Assert.Contains("drawdown kill switch ended", release.Details, StringComparison.Ordinal);
        Bar(risk, 6_900); // drawdowns now count from the new peak
        Assert.Equal(DrawdownLevel.Normal, risk.Level);
    }

    [Fact]
    public void Drawdown_policy_keeps_the_drawdown_kill_switch_latched()
    {
        var risk = Engine(new RiskOptions());
        Bar(risk, 10_000);
        Bar(risk, 7_000);
        for (var i = 0; i < 60; i++) Bar(risk, 7_000);
        Assert.True(risk.KillSwitchEngaged);
        Assert.Equal(0, Count(ReasonCode.LadderReleased));
    }
}
