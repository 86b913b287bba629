using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>
/// Symbols blocked from trading after a feed gap, from the close at which the gap was found until enough contiguous bars
/// have closed again. Each block keeps its start so a restart can restore the blocks and re-run earlier steps unblocked. Thread-safe.
/// </summary>
internal sealed class GapBook(Exchange exchange, Timeframe timeframe, IReadOnlyList<Symbol> symbols)
{
    private readonly object _gate = new();
    private readonly List<(DateTimeOffset From, DateTimeOffset Until, string Reason)>[] _blocks =
        symbols.Select(_ => new List<(DateTimeOffset, DateTimeOffset, string)>()).ToArray();

    /// <summary>Called for each new block (the bot stores it so a restart restores it).</summary>
    public Action<Symbol, DateTimeOffset, DateTimeOffset, string>? Recorded { get; set; }

    public void Block(int index, DateTimeOffset from, DateTimeOffset until, string reason)
    {
        Restore(index, from, until, reason);
        Recorded?.Invoke(symbols[index], from, until, reason);
    }

    /// <summary>Adds a block found by an earlier run, without recording it again.</summary>
    public void Restore(int index, DateTimeOffset from, DateTimeOffset until, string reason)
    {
        lock (_gate) _blocks[index].Add((from, until, reason));
    }

    /// <summary>An untradable verdict while symbol <paramref name="index"/> is blocked at <paramref name="at"/>, otherwise null (the regular health check decides).</summary>
    public DataQualityVerdict? VerdictAt(int index, DateTimeOffset at)
    {
        lock (_gate)
        {
            (DateTimeOffset From, DateTimeOffset Until, string Reason)? hit = null;
            foreach (var b in _blocks[index])
            {
                if (b.From <= at && at < b.Until && (hit is null || b.Until > hit.Value.Until)) hit = b;
            }

            return hit is { } h ? DataQualityVerdict.Untradable(exchange, symbols[index], timeframe, at, h.Reason) : null;
        }
    }
}
