using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>Symbols blocked from trading after a feed gap, until enough contiguous bars have closed again. Thread-safe.</summary>
internal sealed class GapBook(Exchange exchange, Timeframe timeframe, IReadOnlyList<Symbol> symbols)
{
    private readonly object _gate = new();
    private readonly (DateTimeOffset Until, string Reason)?[] _blocks = new (DateTimeOffset, string)?[symbols.Count];

    public void Block(int index, DateTimeOffset until, string reason)
    {
        lock (_gate)
        {
            if (_blocks[index] is { } b && b.Until > until) until = b.Until;
            _blocks[index] = (until, reason);
        }
    }

    /// <summary>An untradable verdict while symbol <paramref name="index"/> is blocked at <paramref name="at"/>, otherwise null (the regular health check decides).</summary>
    public DataQualityVerdict? VerdictAt(int index, DateTimeOffset at)
    {
        lock (_gate)
        {
            return _blocks[index] is { } b && at < b.Until
                ? DataQualityVerdict.Untradable(exchange, symbols[index], timeframe, at, b.Reason)
                : null;
        }
    }
}
