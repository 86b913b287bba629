using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Models.Drift;
using Xunit.Abstractions;
using static CryptoSmartTrader.Bot.Tests.Maintenance.MaintenanceBed;

namespace CryptoSmartTrader.Bot.Tests.Maintenance;

/// <summary>The drift-check job on a running bot: real bars, a model trained years before the bars it trades.</summary>
public sealed class DriftCheckTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_model_trained_on_2021_bars_and_run_on_2025_bars_is_advised_to_retrain_and_the_retrain_job_names_the_missing_bars()
    {
        var bed = new MaintenanceBed();
        bed.TrainPromoted("btc-2021", Utc(2021, 1, 1), Utc(2021, 4, 1), strideHours: 6);
        bed.WriteDataset(Utc(2020, 11, 15), Utc(2025, 6, 1)); // the training window is in the bot's store, only the last 800 bars are replayed
        await using var bot = await bed.ReplayAsync("""{ "strategy": "model:btc-2021" }""", replayLastBars: 800);
        var engine = EngineOf(bot);

        var outcome = await engine.CheckDriftAsync(CancellationToken.None);

        output.WriteLine(outcome);
        var advice = engine.LatestAdvice["btc-2021"];
        Assert.True(advice.Retrain, outcome);
        Assert.NotEqual(DriftSeverity.None, advice.Severity);
        Assert.StartsWith("btc-2021: ", outcome, StringComparison.Ordinal);
        Assert.Contains("retrain advised", outcome, StringComparison.Ordinal);
        Assert.Contains("training window", outcome, StringComparison.Ordinal);
        Assert.Contains("2021-01-01", outcome, StringComparison.Ordinal);
        Assert.NotEmpty(advice.Features);
        Assert.Contains(advice.Features, f => f.Severity != DriftSeverity.None);
        Assert.NotNull(advice.Predictions);
        Assert.NotNull(advice.RecentHitRate); // 800 replayed bars leave more than the 100 realised outcomes the monitor needs

        // Shown on the status page (one notice per model, replaced at each check) and, when severe, raised as an alert.
        var notices = Notices(await Overview(bot));
        Assert.Single(notices, n => n.StartsWith("drift btc-2021: ", StringComparison.Ordinal));
        await engine.CheckDriftAsync(CancellationToken.None);
        Assert.Single(Notices(await Overview(bot)), n => n.StartsWith("drift btc-2021: ", StringComparison.Ordinal));
        var alerts = await bot.Http.GetStringAsync("/api/alerts");
        Assert.Equal(advice.Severity == DriftSeverity.Severe, alerts.Contains("ModelDrift", StringComparison.Ordinal));

        // The retrain job acts on that advice, but 800 bars are fewer than 500 training + 1 gap + 30 days (720) of hold-out.
        var retrain = await engine.RetrainAsync(CancellationToken.None);
        output.WriteLine(retrain);
        Assert.Contains("btc-2021: no retrain: too little data: the bot has 800 closed BTC/USDT 1h bars", retrain, StringComparison.Ordinal);
        Assert.Contains("it needs at least 500 training bars + 1 gap + 720 hold-out bars = 1221 bars", retrain, StringComparison.Ordinal);
        Assert.Equal(Models.Registry.ModelState.Promoted, bed.Registry.Show("btc-2021").Value!.State);
    }

    [Fact]
    public async Task With_the_sma_cross_rule_both_jobs_say_there_is_no_model()
    {
        var bed = new MaintenanceBed();
        bed.WriteDataset(Utc(2025, 4, 1), Utc(2025, 4, 15));
        await using var bot = await bed.ReplayAsync("""{ "strategy": "sma-cross", "symbols": ["BTC/USDT"] }""", replayLastBars: 0, "--Bot:Maintenance:RetrainOnSchedule", "true");
        var engine = EngineOf(bot);
        Assert.StartsWith("no drift check: the strategy is sma-cross(", await engine.CheckDriftAsync(CancellationToken.None), StringComparison.Ordinal);
        var retrain = await engine.RetrainAsync(CancellationToken.None);
        Assert.StartsWith("no retrain: the strategy is sma-cross(", retrain, StringComparison.Ordinal);
        Assert.Contains("a rule with no model", retrain, StringComparison.Ordinal);
        Assert.Empty(engine.LatestAdvice);
    }

    [Fact]
    public async Task Without_the_training_window_in_the_store_the_drift_check_says_which_bars_are_missing_and_the_retrain_job_waits_for_advice()
    {
        var bed = new MaintenanceBed();
        bed.TrainPromoted("btc-2021", Utc(2021, 1, 1), Utc(2021, 2, 1), strideHours: 6);
        bed.WriteDataset(Utc(2025, 4, 1), Utc(2025, 4, 10));
        await using var bot = await bed.ReplayAsync("""{ "strategy": "model:btc-2021" }""", replayLastBars: 0);
        var engine = EngineOf(bot);

        var outcome = await engine.CheckDriftAsync(CancellationToken.None);
        Assert.StartsWith("btc-2021: no drift check: none of the bars of its training window 2021-01-", outcome, StringComparison.Ordinal);
        Assert.Contains("are in the bot's market store", outcome, StringComparison.Ordinal);
        Assert.Empty(engine.LatestAdvice);
        Assert.Equal("btc-2021: no retrain: no drift advice yet (the drift check has not assessed it) and RetrainOnSchedule is off",
            await engine.RetrainAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("HoldoutDays", "0", "Bot:Maintenance:HoldoutDays must be positive, got 0")]
    [InlineData("TrainingDays", "-1", "Bot:Maintenance:TrainingDays must be 0 (all bars) or positive, got -1")]
    [InlineData("MinTrainingBars", "0", "Bot:Maintenance:MinTrainingBars must be at least 1, got 0")]
    [InlineData("MinHoldoutSamples", "0", "Bot:Maintenance:MinHoldoutSamples must be at least 1, got 0")]
    [InlineData("DriftRecentBars", "5", "Bot:Maintenance:DriftRecentBars must be at least 10, got 5")]
    public void Bad_maintenance_settings_are_refused_at_start_up(string key, string value, string error)
    {
        var ex = Assert.Throws<BotConfigurationException>(() => BotHost.Build(["--port", "0", "--job-store", "memory", $"--Bot:Maintenance:{key}", value]));
        Assert.Contains(error, ex.Errors);
    }
}
