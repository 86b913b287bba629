using Microsoft.Extensions.DependencyInjection;
using CryptoSmartTrader.Bot.Engine;
using System.Globalization;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Registry;
using Xunit.Abstractions;
using static CryptoSmartTrader.Bot.Tests.Maintenance.MaintenanceBed;

namespace CryptoSmartTrader.Bot.Tests.Maintenance;

/// <summary>
/// The retrain job on a running bot over real 2025 bars. Both hold-out log losses are recomputed here from the registry's
/// stored models (<see cref="ModelEvaluator"/> on the last days of the replayed bars) and the test asserts the rule:
/// the candidate is promoted and the current model retired if and only if the candidate's log loss is lower.
/// </summary>
public sealed class RetrainJobTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset DataFrom = Utc(2025, 4, 1);
    private const int HoldoutDays = 12; // kept short so the test replays few bars; production default is 30
    private static readonly DateTimeOffset DataTo = Utc(2025, 6, 1);

    [Fact]
    public async Task A_candidate_that_beats_the_current_model_on_the_hold_out_is_promoted_the_old_one_retired_and_the_lane_switched()
    {
        // Current: a model fitted to two weeks of the May 2021 crash. Candidate: the same recipe on the bot's April–May 2025 bars.
        var bed = new MaintenanceBed();
        bed.TrainPromoted("btc-odd", Utc(2021, 5, 10), Utc(2021, 5, 24));
        var (decision, candidate, candidateLoss, currentLoss) = await RetrainAsync(bed, "btc-odd", "--Bot:Maintenance:PromoteOnlyBelowCoinFlip", "false");

        AssertRule(bed, "btc-odd", candidate, candidateLoss, currentLoss, decision.Outcome, coinFlipRule: false);
        Assert.True(candidateLoss < currentLoss, $"scenario: the 2025 candidate should beat the 2021 crash model ({candidateLoss} vs {currentLoss})");
        Assert.Contains($"btc-odd: replaced: {candidate} promoted and btc-odd retired", decision.Outcome, StringComparison.Ordinal);
        Assert.Contains($"the bot trades {candidate} from the next bar close", decision.Outcome, StringComparison.Ordinal);
        Assert.Equal(candidate, Assert.Single(decision.Lanes).Source.Metadata.Name);
    }

    [Fact]
    public async Task By_default_a_candidate_must_also_beat_a_coin_flip_before_it_replaces_the_current_model()
    {
        var bed = new MaintenanceBed();
        bed.TrainPromoted("btc-odd", Utc(2021, 5, 10), Utc(2021, 5, 24));
        var (decision, candidate, candidateLoss, currentLoss) = await RetrainAsync(bed, "btc-odd");

        AssertRule(bed, "btc-odd", candidate, candidateLoss, currentLoss, decision.Outcome, coinFlipRule: true);
        Assert.True(candidateLoss < currentLoss && candidateLoss >= Math.Log(2),
            $"scenario: the 2025 candidate beats the 2021 crash model but not a coin flip ({candidateLoss} vs {currentLoss})");
        Assert.Contains("no better than a coin flip (log loss ln 2 = 0.693147)", decision.Outcome, StringComparison.Ordinal);
        Assert.Equal("btc-odd", Assert.Single(decision.Lanes).Source.Metadata.Name);
    }

    [Fact]
    public async Task A_candidate_that_loses_on_the_hold_out_stays_a_candidate_and_the_job_says_why_with_both_numbers()
    {
        // Current: a year of 2024 bars. Candidate: restricted to the last 3 days before the hold-out (TrainingDays), far too few to generalise.
        var bed = new MaintenanceBed();
        bed.TrainPromoted("btc-2024", Utc(2024, 1, 1), Utc(2024, 12, 31), strideHours: 2);
        var (decision, candidate, candidateLoss, currentLoss) = await RetrainAsync(bed, "btc-2024",
            "--Bot:Maintenance:TrainingDays", "3", "--Bot:Maintenance:MinTrainingBars", "48");

        AssertRule(bed, "btc-2024", candidate, candidateLoss, currentLoss, decision.Outcome, coinFlipRule: true);
        Assert.False(candidateLoss < currentLoss, $"scenario: a 3-day candidate should not beat a year-long model ({candidateLoss} vs {currentLoss})");
        Assert.Contains($"btc-2024: kept: the candidate does not beat it, hold-out log loss", decision.Outcome, StringComparison.Ordinal);
        Assert.Contains($"{candidate} stays a candidate", decision.Outcome, StringComparison.Ordinal);
        Assert.Equal("btc-2024", Assert.Single(decision.Lanes).Source.Metadata.Name);
    }

    private async Task<((string Outcome, IReadOnlyList<ModelLane> Lanes) Decision, string Candidate, double CandidateLoss, double CurrentLoss)> RetrainAsync(
        MaintenanceBed bed, string current, params string[] extra)
    {
        bed.WriteDataset(DataFrom, DataTo);
        await using var bot = await bed.ReplayAsync($$"""{ "strategy": "model:{{current}}" }""", 0, ["--Bot:Maintenance:RetrainOnSchedule", "true", "--Bot:Maintenance:HoldoutDays", HoldoutDays.ToString(CultureInfo.InvariantCulture), .. extra]);
        var engine = EngineOf(bot);
        var outcome = await engine.RetrainAsync(CancellationToken.None);
        output.WriteLine(outcome);
        var lanes = ((ModelStrategyAlpha)bot.Services.GetRequiredService<BotRuntime>().Session!.Alpha).Lanes;

        // Independent recomputation: the replayed bars, the hold-out rows after its start, both stored models.
        var series = Btc.SliceByCloseTime(DataFrom, DataTo);
        var last = series.LastCloseTime;
        var candidate = string.Create(CultureInfo.InvariantCulture, $"{current}-r{last:yyyyMMddHHmm}");
        var features = FeatureSetCatalog.Resolve("ta").Value!;
        var frame = FeatureFrames.Compute(features.Sets, series);
        using var cur = bed.Registry.Load(current, features.Descriptor).Value!;
        using var cand = bed.Registry.Load(candidate, features.Descriptor).Value!;
        var curModel = cur.Horizons["1h"];
        var holdout = DatasetBuilder.Build([frame], new DatasetOptions
        {
            Horizon = curModel.Horizon,
            From = last - TimeSpan.FromDays(HoldoutDays) + TimeSpan.FromMilliseconds(1),
            IncludeLagReturn = curModel.Schema.IncludeLagReturn,
            IncludeSymbolIndicators = curModel.Schema.IncludeSymbolIndicators,
            IndicatorSymbols = curModel.Schema.Symbols,
        });
        Assert.InRange(holdout.Count, HoldoutDays * 24 - 5, HoldoutDays * 24);
        Assert.True(cand.Metadata.TrainTo <= last - TimeSpan.FromDays(HoldoutDays) - TimeSpan.FromHours(2), "training labels must end a horizon before the hold-out");
        return ((outcome, lanes), candidate, ModelEvaluator.Evaluate(cand.Horizons["1h"], holdout, candidate).LogLoss, ModelEvaluator.Evaluate(curModel, holdout, current).LogLoss);
    }

    private static void AssertRule(MaintenanceBed bed, string current, string candidate, double candidateLoss, double currentLoss, string outcome, bool coinFlipRule)
    {
        var wins = candidateLoss < currentLoss && (!coinFlipRule || candidateLoss < Math.Log(2));
        Assert.Equal(wins ? ModelState.Promoted : ModelState.Candidate, bed.Registry.Show(candidate).Value!.State);
        Assert.Equal(wins ? ModelState.Retired : ModelState.Promoted, bed.Registry.Show(current).Value!.State);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"hold-out log loss {candidateLoss:0.000000} (candidate {candidate}) vs {currentLoss:0.000000} (current {current})"),
            outcome, StringComparison.Ordinal);
    }
}
