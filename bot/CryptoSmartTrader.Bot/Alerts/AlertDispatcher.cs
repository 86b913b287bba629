using CryptoSmartTrader.Bot.State;

namespace CryptoSmartTrader.Bot.Alerts;

/// <summary>
/// Fans alerts out to every sink, rate-limited per kind so a flapping condition cannot flood an inbox. Suppressed alerts
/// are counted and mentioned in the next one that goes out. Every alert is kept on the status page regardless.
/// </summary>
internal sealed class AlertDispatcher(IEnumerable<IAlertSink> sinks, AlertOptions options, BotStatus status, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Dictionary<AlertKind, DateTimeOffset> _lastSent = [];
    private readonly Dictionary<AlertKind, int> _suppressed = [];

    public async Task<AlertOutcome> RaiseAsync(AlertKind kind, AlertSeverity severity, string message, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        status.AddAlert(new AlertView(now, severity.ToString(), kind.ToString(), message));
        int suppressedBefore;
        lock (_gate)
        {
            if (_lastSent.TryGetValue(kind, out var last) && now - last < options.RateLimitWindow)
            {
                _suppressed[kind] = _suppressed.GetValueOrDefault(kind) + 1;
                return new AlertOutcome(Sent: false, Suppressed: true, Delivered: []);
            }

            _lastSent[kind] = now;
            suppressedBefore = _suppressed.GetValueOrDefault(kind);
            _suppressed[kind] = 0;
        }

        var text = suppressedBefore > 0 ? $"{message} (+{suppressedBefore} similar alerts suppressed)" : message;
        var alert = new Alert(now, kind, severity, text);
        var delivered = new List<string>();
        foreach (var sink in sinks)
        {
            if (await sink.SendAsync(alert, cancellationToken))
            {
                delivered.Add(sink.Name);
            }
        }

        return new AlertOutcome(Sent: true, Suppressed: false, delivered);
    }
}

internal sealed record AlertOutcome(bool Sent, bool Suppressed, IReadOnlyList<string> Delivered);
