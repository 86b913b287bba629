using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Merges per-symbol candle series into one stream of bar-close steps, ordered by close time. Each step lists the
/// symbols whose bar closes exactly then; a symbol with a missing bar is simply absent from that step (nothing is
/// filled in). Ties between symbols are ordered by universe index, so the order of events is deterministic.
/// A linear scan over the cursors per step: O(symbols) per step, no allocation.
/// </summary>
public sealed class MergedBarStream
{
    private readonly CandleSeries[] _series;
    private readonly int[] _cursor;
    private readonly int[] _present;
    private readonly int[] _barIndex;

    public MergedBarStream(IReadOnlyList<CandleSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        _series = series.ToArray();
        _cursor = new int[_series.Length];
        _present = new int[_series.Length];
        _barIndex = new int[_series.Length];
        Array.Fill(_barIndex, -1);
    }

    /// <summary>Close time (Unix ms) of the current step.</summary>
    public long TimeMs { get; private set; }

    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(TimeMs);

    /// <summary>Universe indices of the symbols that have a bar in the current step, ascending.</summary>
    public ReadOnlySpan<int> Present => _present.AsSpan(0, PresentCount);

    public int PresentCount { get; private set; }

    /// <summary>Steps taken so far.</summary>
    public int Steps { get; private set; }

    /// <summary>The bar index in series <paramref name="symbol"/> of its bar in the current step, or -1 when it has none.</summary>
    public int BarIndexOf(int symbol) => _barIndex[symbol];

    /// <summary>Skips every bar that closes before <paramref name="timeMs"/> without emitting steps.</summary>
    public void SkipTo(long timeMs)
    {
        for (var s = 0; s < _series.Length; s++)
        {
            var closes = _series[s].CloseTimeMs;
            while (_cursor[s] < closes.Length && closes[_cursor[s]] < timeMs) _cursor[s]++;
        }
    }

    /// <summary>Advances to the next close time; false when every series is exhausted.</summary>
    public bool MoveNext()
    {
        for (var k = 0; k < PresentCount; k++) _barIndex[_present[k]] = -1;
        PresentCount = 0;
        var next = long.MaxValue;
        for (var s = 0; s < _series.Length; s++)
        {
            var c = _cursor[s];
            if (c < _series[s].Count)
            {
                var t = _series[s].CloseTimeMs[c];
                if (t < next) next = t;
            }
        }

        if (next == long.MaxValue) return false;
        for (var s = 0; s < _series.Length; s++)
        {
            var c = _cursor[s];
            if (c < _series[s].Count && _series[s].CloseTimeMs[c] == next)
            {
                _present[PresentCount++] = s;
                _barIndex[s] = c;
                _cursor[s] = c + 1;
            }
        }

        TimeMs = next;
        Steps++;
        return true;
    }
}
