namespace CryptoSmartTrader.Bot.Alerts;

/// <summary>Alert routing (section <c>Alerts</c>). Empty hosts/URLs disable a sink.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool SmtpSsl { get; set; }
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public string From { get; set; } = "cst-bot@localhost";
    public List<string> To { get; set; } = [];

    public string? WebhookUrl { get; set; }

    /// <summary>At most one alert of the same kind per window; more are counted and summarised in the next one.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(5);
}
