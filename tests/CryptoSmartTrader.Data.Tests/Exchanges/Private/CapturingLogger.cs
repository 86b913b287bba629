using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

/// <summary>Keeps every log line at every level, with its structured values and exception text.</summary>
public sealed class CapturingLogger : ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join('\n', Lines);

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull
    {
        Lines.Enqueue($"scope {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> kv ? string.Join(", ", kv.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
        Lines.Enqueue($"{logLevel} {formatter(state, exception)} | {values} | {exception}");
    }
}
