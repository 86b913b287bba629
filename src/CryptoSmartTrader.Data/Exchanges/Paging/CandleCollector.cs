using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Paging;

/// <summary>
/// Gathers bars from one or more pages: keeps only closed bars (close ≤ now) with open time in [since, until),
/// validates each, orders them ascending and rejects two different bars for the same open time. It never adds a bar
/// the venue did not send.
/// </summary>
internal sealed class CandleCollector(Timeframe timeframe, DateTimeOffset since, DateTimeOffset until, DateTimeOffset now)
{
    private readonly SortedDictionary<DateTimeOffset, Candle> _bars = [];

    public DateTimeOffset Since { get; } = since;

    /// <summary>The exclusive end of what can be collected: the earlier of the requested end and now.</summary>
    public DateTimeOffset Until { get; } = until < now ? until : now;

    public DateTimeOffset Now { get; } = now;

    public int Count => _bars.Count;

    public DateTimeOffset? LastOpen => _bars.Count == 0 ? null : _bars.Keys.Last();

    public DateTimeOffset? FirstOpen => _bars.Count == 0 ? null : _bars.Keys.First();

    /// <summary>Adds a bar if it is inside the window and closed; throws <see cref="ArgumentException"/> for invalid or conflicting bars.</summary>
    public bool Add(DateTimeOffset openTime, decimal open, decimal high, decimal low, decimal close, decimal volume)
    {
        var closeTime = timeframe.CloseOf(openTime);
        if (openTime < Since || openTime >= Until || closeTime > Now)
        {
            return false;
        }

        if (!timeframe.IsAligned(openTime))
        {
            throw new ArgumentException($"candle at {openTime:O} is not aligned to the {timeframe} grid");
        }

        var error = Candle.Validate(openTime, closeTime, open, high, low, close, volume);
        if (error is not null)
        {
            throw new ArgumentException($"{error} (bar opening {openTime:O})");
        }

        var candle = new Candle(openTime, closeTime, open, high, low, close, volume);
        if (_bars.TryGetValue(candle.OpenTime, out var existing))
        {
            return existing == candle
                ? false
                : throw new ArgumentException($"two different bars for open time {openTime:O}: {existing} and {candle}");
        }

        _bars.Add(candle.OpenTime, candle);
        return true;
    }

    public IReadOnlyList<Candle> ToList() => [.. _bars.Values];
}
