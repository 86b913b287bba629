using System.Collections;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>
/// The candles received so far per symbol, as a list the session's health check reads: each read returns the series as
/// it stands, so health follows the live feed. Only candles the exchange sent are ever added, in open-time order.
/// </summary>
internal sealed class LiveSeriesBook : IReadOnlyList<CandleSeries>
{
    private readonly object _gate = new();
    private readonly CandleSeries[] _series;
    private readonly int _maxBars;

    public LiveSeriesBook(Exchange exchange, Timeframe timeframe, IReadOnlyList<Symbol> symbols, int maxBars = 5_000)
    {
        _series = symbols.Select(s => CandleSeries.Empty(exchange, s, timeframe)).ToArray();
        _maxBars = Math.Max(1, maxBars);
    }

    public int Count => _series.Length;

    public CandleSeries this[int index]
    {
        get { lock (_gate) return _series[index]; }
    }

    /// <summary>Open time of the newest candle of symbol <paramref name="index"/>, or null before the first.</summary>
    public DateTimeOffset? LastOpen(int index)
    {
        var s = this[index];
        return s.IsEmpty ? null : s[s.Count - 1].OpenTime;
    }

    /// <summary>Appends candles newer than the last one; older or repeated ones are ignored (they are already known).</summary>
    public int Append(int index, IEnumerable<Candle> candles)
    {
        lock (_gate)
        {
            var current = _series[index];
            var builder = new CandleSeriesBuilder(current.Exchange, current.Symbol, current.Timeframe, current.Count + 16);
            foreach (var c in current.AsEnumerable()) builder.Add(c);
            var last = current.IsEmpty ? DateTimeOffset.MinValue : current[current.Count - 1].OpenTime;
            var added = 0;
            foreach (var c in candles.Where(c => c.OpenTime > last).OrderBy(c => c.OpenTime))
            {
                builder.Add(c);
                last = c.OpenTime;
                added++;
            }

            var built = builder.Build();
            _series[index] = built.Count > _maxBars ? built.Slice(built.Count - _maxBars, _maxBars) : built;
            return added;
        }
    }

    public IEnumerator<CandleSeries> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
