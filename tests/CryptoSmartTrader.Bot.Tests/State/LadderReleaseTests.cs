using System.Net;
using System.Text;
using System.Text.Json;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;

namespace CryptoSmartTrader.Bot.Tests.State;

/// <summary>
/// Issue 14, ladder semantics: under manual recovery only a person takes the ladder out of Danger and Critical, through
/// <c>POST /api/ladder/release</c> (bearer token); the release is journaled in bot_control and recorded as LadderReleased.
/// </summary>
public sealed class LadderReleaseTests
{
    [Fact]
    public async Task A_person_releases_a_manual_ladder_through_the_api_and_the_release_is_journaled_and_recorded()
    {
        var data = new ReplayDataset(400);
        var strategy = Path.Combine(data.Root, "strategy.json");
        // 10 bars a second, so steps still come after the release (decisions are published with the next step).
        // Thresholds of a few tenths of a percent so the real data takes the ladder to Danger within the first trades.
        File.WriteAllText(strategy, """
            { "symbols": ["BTC/USDT", "ETH/USDT"], "sma": { "fast": 3, "slow": 8 },
              "risk": { "cautionDrawdown": 0.001, "warningDrawdown": 0.002, "dangerDrawdown": 0.003, "criticalDrawdown": 0.5, "killSwitchDrawdown": 0.9,
                        "ladderHysteresis": 0, "recovery": "manual" } }
            """);
        await using var bot = await RunningBot.StartAsync([.. data.Args("Replay", 10), "--strategy", strategy]);
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("drawdownLevel").GetString() is "Danger" or "Critical",
            "the ladder never reached Danger", 90);
        Assert.Equal("manual", (await Get(bot, "/api/overview")).GetProperty("ladderRecovery").GetString());

        using var anonymous = await bot.Anonymous.PostAsync("/api/ladder/release", Json("""{"reason":"no token"}"""));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var tooLong = await bot.Http.PostAsync("/api/ladder/release", Json(JsonSerializer.Serialize(new { reason = new string('x', 501) })));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.DoesNotContain(await Decisions(bot), d => d.GetProperty("reason").GetString() == "LadderReleased");

        using var release = await bot.Http.PostAsync("/api/ladder/release", Json("""{"reason":"operator checked the book"}"""));
        Assert.Equal(HttpStatusCode.OK, release.StatusCode);
        await Waiting.For(async () => (await Decisions(bot)).Any(d => d.GetProperty("reason").GetString() == "LadderReleased"), "no LadderReleased decision", 60);
        var decisions = await Decisions(bot);
        Assert.Contains(decisions, d => d.GetProperty("reason").GetString() == "LadderReleased"
            && d.GetProperty("details").GetString()!.EndsWith(": manual release: operator checked the book", StringComparison.Ordinal));
        // The level left Danger (or Critical) for Normal at the release (it may climb again as the drawdown from the new peak grows).
        Assert.Contains(decisions, d => d.GetProperty("reason").GetString() == "LadderLevelChanged"
            && d.GetProperty("details").GetString()! is var text
            && (text.EndsWith("after release: Danger -> Normal", StringComparison.Ordinal) || text.EndsWith("after release: Critical -> Normal", StringComparison.Ordinal)));
        using var store = BotStore.Open(data.Db);
        var journaled = Assert.Single(store.ControlEvents());
        Assert.Equal((BotStore.ReleaseLadder, "operator checked the book"), (journaled.Action, journaled.Reason));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Get(RunningBot bot, string path) =>
        JsonDocument.Parse(await bot.Http.GetStringAsync(path)).RootElement.Clone();

    private static async Task<List<JsonElement>> Decisions(RunningBot bot) => (await Get(bot, "/api/decisions")).EnumerateArray().ToList();
}
