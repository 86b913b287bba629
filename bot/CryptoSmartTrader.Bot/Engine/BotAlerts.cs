using CryptoSmartTrader.Bot.Alerts;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>Raises an alert and records it in the store first, so the alert history survives a crash of the sinks.</summary>
internal sealed class BotAlerts(BotRuntime runtime, AlertDispatcher dispatcher, TimeProvider time)
{
    public Task RaiseAsync(AlertKind kind, AlertSeverity severity, string message, CancellationToken ct = default)
    {
        runtime.Store?.InsertAlert(time.GetUtcNow(), severity.ToString(), kind.ToString(), message);
        return dispatcher.RaiseAsync(kind, severity, message, ct);
    }

    /// <summary>Fire and forget from inside a bar-close cycle: the cycle never waits for a webhook or a mail server.</summary>
    public void Raise(AlertKind kind, AlertSeverity severity, string message) => _ = RaiseAsync(kind, severity, message, CancellationToken.None);
}
