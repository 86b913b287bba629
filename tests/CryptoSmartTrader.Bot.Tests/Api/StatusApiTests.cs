using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CryptoSmartTrader.Bot.Tests.Api;

public sealed class StatusApiTests
{
    [Fact]
    public async Task Every_panel_has_a_json_endpoint()
    {
        await using var bot = await RunningBot.StartAsync();
        foreach (var path in new[] { "/api/overview", "/api/equity", "/api/positions", "/api/orders", "/api/predictions", "/api/decisions", "/api/data-health", "/api/jobs", "/api/alerts" })
        {
            using var response = await bot.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.NotEqual(JsonValueKind.Undefined, doc.RootElement.ValueKind);
        }

        using var overview = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview"));
        Assert.Equal("PAPER", overview.RootElement.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Status_page_is_served_with_its_chart_library_locally()
    {
        await using var bot = await RunningBot.StartAsync();
        var html = await bot.Http.GetStringAsync("/");
        Assert.Contains("vendor/lightweight-charts.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        using var js = await bot.Http.GetAsync("/vendor/lightweight-charts.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.True((await js.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task Kill_switch_requires_the_bearer_token()
    {
        await using var bot = await RunningBot.StartAsync();
        using var anonymous = await bot.Anonymous.PostAsync("/api/kill-switch", JsonBody("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/kill-switch") { Content = JsonBody("{}") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-000000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Anonymous.SendAsync(wrong)).StatusCode);
        Assert.False(await KillSwitchEngaged(bot));

        using var ok = new HttpRequestMessage(HttpMethod.Post, "/api/kill-switch") { Content = JsonBody("{\"reason\":\"test halt\"}") };
        ok.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningBot.Token);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.SendAsync(ok)).StatusCode);
        Assert.True(await KillSwitchEngaged(bot));

        using var overview = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview"));
        Assert.Equal("Halted", overview.RootElement.GetProperty("tradingState").GetString());
        Assert.Equal("test halt", overview.RootElement.GetProperty("killSwitchReason").GetString());

        using var resume = new HttpRequestMessage(HttpMethod.Post, "/api/resume");
        resume.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningBot.Token);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.SendAsync(resume)).StatusCode);
        Assert.False(await KillSwitchEngaged(bot));
    }

    [Fact]
    public async Task Metrics_use_the_prometheus_text_format()
    {
        await using var bot = await RunningBot.StartAsync();
        using var response = await bot.Http.GetAsync("/metrics");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // Each line is a comment or `name{labels} value` with a parseable number.
            if (line.StartsWith('#')) continue;
            var value = line[(line.LastIndexOf(' ') + 1)..];
            Assert.True(double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _), $"bad sample line: {line}");
        }

        Assert.Contains("# TYPE cst_equity gauge", text, StringComparison.Ordinal);
        Assert.Contains("cst_orders_total 0", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_runs_jobs_and_health_reports_them()
    {
        await using var bot = await RunningBot.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        long heartbeatRuns = 0;
        while (DateTime.UtcNow < deadline && heartbeatRuns == 0)
        {
            using var jobs = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/jobs"));
            foreach (var job in jobs.RootElement.EnumerateArray())
            {
                if (job.GetProperty("name").GetString() == "heartbeat")
                {
                    heartbeatRuns = job.GetProperty("runs").GetInt64();
                }
            }

            await Task.Delay(200);
        }

        Assert.True(heartbeatRuns > 0, "heartbeat job never ran");
        using var health = await bot.Http.GetAsync("/health");
        using var doc = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("live").GetBoolean());
    }

    private static async Task<bool> KillSwitchEngaged(RunningBot bot)
    {
        using var doc = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview"));
        return doc.RootElement.GetProperty("killSwitch").GetBoolean();
    }

    private static StringContent JsonBody(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
