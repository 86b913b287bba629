using System.Text.Json;
using CryptoSmartTrader.Bot.Tests.Replay;
using Microsoft.Playwright;

namespace CryptoSmartTrader.Bot.Tests.Browser;

/// <summary>Loads the status page of a running bot in Debian's Chromium, checks the panels against the API, and uses the kill switch.</summary>
public sealed class StatusPageBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Page_shows_the_api_numbers_and_the_kill_switch_works_with_a_token()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: the bootstrap installs Debian's chromium package");
        await using var bot = await RunningBot.StartAsync(["--mode", "replay"]);
        using var pw = await Playwright.CreateAsync();
        await using var browser = await pw.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync();
        // Playwright's 30-s default failed a stress run on a machine at load 25; its waits are caps like the others (Waiting.Cap).
        page.SetDefaultTimeout(Waiting.Cap(30));
        page.SetDefaultNavigationTimeout(Waiting.Cap(30));
        var consoleErrors = new List<string>();
        var consoleAll = new List<string>();
        page.Console += (_, m) =>
        {
            consoleAll.Add(m.Type + ": " + m.Text);
            if (m.Type == "error") consoleErrors.Add(m.Text);
        };

        // The bot has a token, so the page shows nothing until it is given: every /api call needs it.
        await page.GotoAsync(bot.BaseAddress.ToString());
        await Until(page, "document.getElementById('updated').textContent.startsWith('API token needed')", consoleAll);
        Assert.Equal("…", (await page.TextContentAsync("#mode"))!.Trim());

        // Given in the address fragment (never sent to the server), the token is kept for the tab and used for every call.
        await page.GotoAsync(bot.BaseAddress + "#token=" + RunningBot.Token);
        await page.ReloadAsync();
        await Until(page, "document.getElementById('mode').textContent === 'REPLAY'", consoleAll);
        using var overview = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview"));
        Assert.Equal(overview.RootElement.GetProperty("node").GetString(), await page.TextContentAsync("#node"));
        Assert.Equal("Active", (await page.TextContentAsync("#trading-state"))!.Trim());
        Assert.NotNull(await page.QuerySelectorAsync("#equity-chart canvas"));

        // Without a token the control is refused and nothing changes.
        await page.FillAsync("#token", "");
        await page.ClickAsync("#kill");
        await Until(page, "document.getElementById('control-result').textContent.startsWith('refused')", consoleAll);
        Assert.Equal("Active", (await page.TextContentAsync("#trading-state"))!.Trim());

        // The parity panel needs the token too: without it, it says so; with it, it shows the report's verdict.
        // (Without it every /api/* call is refused, so the page shows "API token needed" and no panel refreshes.)
        await page.FillAsync("#token", RunningBot.Token);
        await Until(page, "document.getElementById('parity-summary').textContent.startsWith('not checked')", consoleAll);
        await page.ClickAsync("#kill");
        await Until(page, "document.getElementById('trading-state').textContent.startsWith('Halted')", consoleAll);
        using var after = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview"));
        Assert.True(after.RootElement.GetProperty("killSwitch").GetBoolean());

        var shot = Path.Combine(AppContext.BaseDirectory, "status-page.png");
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        Assert.True(new FileInfo(shot).Length > 10_000);
        // The refused click above logs the expected 401; anything else is a page error.
        var unexpected = consoleErrors.Where(e => !e.Contains("favicon", StringComparison.Ordinal) && !e.Contains("401", StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    // A wait that fails with what the page showed, so an intermittent failure says which state it was stuck in.
    private static async Task Until(IPage page, string condition, List<string> console)
    {
        try
        {
            await page.WaitForFunctionAsync(condition);
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("() => ['updated', 'mode', 'trading-state', 'control-result', 'parity-summary']" +
                ".map((id) => id + '=' + JSON.stringify((document.getElementById(id) || {}).textContent)).join('; ') + '; token box=' + JSON.stringify(document.getElementById('token').value)");
            Assert.Fail($"page never met {condition}: {state}; console: {string.Join(" | ", console)}");
        }
    }
}
