namespace CryptoSmartTrader.Bot.Alerts;

/// <summary>A destination for alerts. A failing sink reports false; it never takes the bot down.</summary>
internal interface IAlertSink
{
    string Name { get; }

    Task<bool> SendAsync(Alert alert, CancellationToken cancellationToken);
}
