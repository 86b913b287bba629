using System.Net.Http.Json;

namespace CryptoSmartTrader.Bot.Alerts;

/// <summary>Posts alerts as JSON (<c>{time, kind, severity, message, text}</c>; <c>text</c> suits Slack-style hooks).</summary>
internal sealed class WebhookAlertSink(HttpClient http, AlertOptions options) : IAlertSink
{
    public string Name => "webhook";

    public async Task<bool> SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.WebhookUrl))
        {
            return false;
        }

        var payload = new
        {
            time = alert.Time,
            kind = alert.Kind.ToString(),
            severity = alert.Severity.ToString(),
            message = alert.Message,
            text = $"[cst {alert.Severity}] {alert.Kind}: {alert.Message}",
        };
        try
        {
            using var response = await http.PostAsJsonAsync(options.WebhookUrl, payload, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
