using System.Text.Json;
using CryptoSmartTrader.Bot.Tests.Replay;

namespace CryptoSmartTrader.Bot.Tests.State;

/// <summary>Issue 19, finding 7: a kill switch the risk engine engages by itself raises the KillSwitch alert and the page says why and how it resumes.</summary>
public sealed class RiskHaltAlertTests
{
    [Fact]
    public async Task A_volatility_shock_halt_raises_the_kill_switch_alert_with_its_reason()
    {
        var data = new ReplayDataset(300);
        var strategy = Path.Combine(data.Root, "strategy.json");
        // A hair trigger (2 sigma after 5 returns) so the real data shocks it within the first days.
        File.WriteAllText(strategy, """{ "symbols": ["BTC/USDT", "ETH/USDT"], "risk": { "volatilityShockSigmas": 2, "volatilityShockWarmup": 5 } }""");
        await using var bot = await RunningBot.StartAsync([.. data.Args("Replay", 5000), "--strategy", strategy]);
        await Waiting.For(async () => (await Get(bot, "/api/alerts")).EnumerateArray().Any(a => a.GetProperty("kind").GetString() == "KillSwitch"),
            "no KillSwitch alert for the risk engine's halt", 90);

        var alert = (await Get(bot, "/api/alerts")).EnumerateArray().First(a => a.GetProperty("kind").GetString() == "KillSwitch");
        Assert.Contains("kill switch engaged by the risk engine", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("volatility shock", alert.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_names_the_halt_and_how_it_resumes_while_the_risk_engine_halts()
    {
        var data = new ReplayDataset(300);
        var strategy = Path.Combine(data.Root, "strategy.json");
        // Latching: zero cool-down makes the shock halt wait for the operator.
        File.WriteAllText(strategy, """{ "symbols": ["BTC/USDT", "ETH/USDT"], "risk": { "volatilityShockSigmas": 2, "volatilityShockWarmup": 5, "marketTriggerCooldown": "00:00:00" } }""");
        await using var bot = await RunningBot.StartAsync([.. data.Args("Replay", 5000), "--strategy", strategy]);
        await Waiting.For(async () => (await Get(bot, "/api/overview")).GetProperty("killSwitch").GetBoolean(), "the risk engine never halted", 90);
        var reason = (await Get(bot, "/api/overview")).GetProperty("killSwitchReason").GetString()!;
        Assert.Contains("volatility shock", reason, StringComparison.Ordinal);
        Assert.Contains("/api/resume", reason, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Get(RunningBot bot, string path) =>
        JsonDocument.Parse(await bot.Http.GetStringAsync(path)).RootElement.Clone();
}
