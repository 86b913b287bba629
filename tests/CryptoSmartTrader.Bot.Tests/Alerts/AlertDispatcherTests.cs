using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.TestKit.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Bot.Tests.Alerts;

public sealed class AlertDispatcherTests
{
    private sealed class RecordingSink : IAlertSink
    {
        public List<Alert> Sent { get; } = [];
        public string Name => "recording";
        public Task<bool> SendAsync(Alert alert, CancellationToken cancellationToken) { Sent.Add(alert); return Task.FromResult(true); }
    }

    [Fact]
    public async Task Rate_limits_per_kind_and_summarises_suppressed_alerts()
    {
        var clock = new ManualTimeProvider();
        var sink = new RecordingSink();
        var status = new BotStatus(new BotOptions(), clock);
        var dispatcher = new AlertDispatcher([sink], new AlertOptions { RateLimitWindow = TimeSpan.FromMinutes(5) }, status, clock);

        Assert.True((await dispatcher.RaiseAsync(AlertKind.OrderReject, AlertSeverity.Warning, "reject 1")).Sent);
        Assert.True((await dispatcher.RaiseAsync(AlertKind.OrderReject, AlertSeverity.Warning, "reject 2")).Suppressed);
        Assert.True((await dispatcher.RaiseAsync(AlertKind.OrderReject, AlertSeverity.Warning, "reject 3")).Suppressed);
        Assert.True((await dispatcher.RaiseAsync(AlertKind.KillSwitch, AlertSeverity.Critical, "other kind")).Sent);

        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await dispatcher.RaiseAsync(AlertKind.OrderReject, AlertSeverity.Warning, "reject 4")).Sent);

        Assert.Equal(["reject 1", "other kind", "reject 4 (+2 similar alerts suppressed)"], sink.Sent.Select(a => a.Message));
        Assert.Equal(5, status.Alerts().Count); // the page shows every alert, sent or not
    }

    [Fact]
    public async Task Webhook_posts_json_to_a_loopback_sink()
    {
        var received = new List<string>();
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var sinkApp = builder.Build();
        sinkApp.MapPost("/hook", async (HttpRequest r) =>
        {
            using var sr = new StreamReader(r.Body);
            var text = await sr.ReadToEndAsync();
            lock (received) received.Add(text);
            return Results.Ok();
        });
        await sinkApp.StartAsync();

        using var http = new HttpClient();
        var sink = new WebhookAlertSink(http, new AlertOptions { WebhookUrl = sinkApp.Urls.First() + "/hook" });
        var ok = await sink.SendAsync(new Alert(DateTimeOffset.UnixEpoch, AlertKind.DrawdownLevel, AlertSeverity.Warning, "level Warning"), CancellationToken.None);

        Assert.True(ok);
        var body = Assert.Single(received);
        Assert.Contains("\"kind\":\"DrawdownLevel\"", body, StringComparison.Ordinal);
        Assert.Contains("level Warning", body, StringComparison.Ordinal);
        await sinkApp.StopAsync();
    }

    [Fact]
    public async Task Webhook_failure_is_a_false_result_not_an_exception()
    {
        using var http = new HttpClient();
        var sink = new WebhookAlertSink(http, new AlertOptions { WebhookUrl = "http://127.0.0.1:1/nothing-listens-here" });
        Assert.False(await sink.SendAsync(new Alert(DateTimeOffset.UnixEpoch, AlertKind.JobFailure, AlertSeverity.Warning, "x"), CancellationToken.None));
    }

    [Fact]
    public async Task Smtp_delivers_to_a_loopback_server()
    {
        await using var smtp = new LoopbackSmtpServer();
        var sink = new SmtpAlertSink(new AlertOptions { SmtpHost = "127.0.0.1", SmtpPort = smtp.Port, To = ["ops@example.test"] });
        var ok = await sink.SendAsync(new Alert(DateTimeOffset.UnixEpoch, AlertKind.KillSwitch, AlertSeverity.Critical, "kill switch engaged: test"), CancellationToken.None);

        Assert.True(ok);
        var message = DecodeQuotedPrintable(Assert.Single(smtp.Messages));
        Assert.Contains("Subject: [cst Critical] KillSwitch", message, StringComparison.Ordinal);
        Assert.Contains("kill switch engaged: test", message, StringComparison.Ordinal);
    }

    private static string DecodeQuotedPrintable(string text)
    {
        // RFC 2045 §6.7: '=' + CRLF is a soft line break, '=XX' a hex-encoded byte.
        var joined = text.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(joined, "=([0-9A-F]{2})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
    }
}
