using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CryptoSmartTrader.Bot.Tests.Api;

/// <summary>
/// Issue 19 items 3 and 8: with a token configured every /api/* endpoint requires it; the token is checked before the body
/// is read; request bodies and kill-switch reasons are size-limited.
/// </summary>
public sealed class ApiSecurityTests
{
    public static TheoryData<string> ReadEndpoints() =>
        ["/api/overview", "/api/equity", "/api/positions", "/api/orders", "/api/predictions", "/api/decisions", "/api/data-health", "/api/jobs", "/api/alerts",
         "/API/Orders"];

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task With_a_token_every_read_endpoint_requires_it(string path)
    {
        await using var bot = await RunningBot.StartAsync();

        using var anonymous = await bot.Anonymous.GetAsync(path);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-token-000000");
        using var wrongResponse = await bot.Anonymous.SendAsync(wrong);
        using var authorised = await bot.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, authorised.StatusCode);
    }

    [Fact]
    public async Task Health_metrics_and_the_page_itself_stay_open_for_probes()
    {
        await using var bot = await RunningBot.StartAsync();
        foreach (var path in new[] { "/", "/app.js", "/metrics" })
        {
            using var response = await bot.Anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var health = await bot.Anonymous.GetAsync("/health");
        Assert.NotEqual(HttpStatusCode.Unauthorized, health.StatusCode);
    }

    [Fact]
    public async Task Without_a_token_reads_are_open_on_loopback_and_controls_refused()
    {
        await using var bot = await RunningBot.StartAsync(["--Bot:ApiToken", ""]);

        using var overview = await bot.Anonymous.GetAsync("/api/overview");
        using var kill = await bot.Anonymous.PostAsync("/api/kill-switch", Json("{}"));

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, kill.StatusCode);
        Assert.Contains("no Bot:ApiToken configured", await kill.Content.ReadAsStringAsync());
        using var release = await bot.Anonymous.PostAsync("/api/ladder/release", Json("{}"));
        Assert.Equal(HttpStatusCode.Unauthorized, release.StatusCode);
    }

    [Fact]
    public async Task Token_is_checked_before_the_body_is_parsed()
    {
        await using var bot = await RunningBot.StartAsync();

        using var anonymous = await bot.Anonymous.PostAsync("/api/kill-switch", Json("{not json"));
        using var authorised = await bot.Http.PostAsync("/api/kill-switch", Json("{not json"));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, authorised.StatusCode);
        Assert.False(await KillSwitch(bot));
    }

    [Fact]
    public async Task A_ten_megabyte_reason_is_refused_and_not_stored()
    {
        await using var bot = await RunningBot.StartAsync();
        var huge = JsonSerializer.Serialize(new { reason = new string('x', 10 * 1024 * 1024) });

        // Expect: 100-continue lets the bot answer before the client pushes 10 MB it will never read; the client waits for that
        // answer however loaded the machine is, instead of starting to send after the default second.
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = bot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/kill-switch") { Content = Json(huge) };
        request.Headers.ExpectContinue = true;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningBot.Token);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.False(await KillSwitch(bot));
    }

    [Fact]
    public async Task A_reason_longer_than_a_sentence_is_refused_and_a_short_one_kept()
    {
        await using var bot = await RunningBot.StartAsync();

        using var tooLong = await bot.Http.PostAsync("/api/kill-switch", Json(JsonSerializer.Serialize(new { reason = new string('x', 501) })));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("at most 500 characters", await tooLong.Content.ReadAsStringAsync());
        Assert.False(await KillSwitch(bot));

        using var ok = await bot.Http.PostAsync("/api/kill-switch", Json(JsonSerializer.Serialize(new { reason = new string('y', 500) })));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.True(await KillSwitch(bot));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<bool> KillSwitch(RunningBot bot)
    {
        using var doc = JsonDocument.Parse(await bot.Http.GetStringAsync("/api/overview"));
        return doc.RootElement.GetProperty("killSwitch").GetBoolean();
    }
}
