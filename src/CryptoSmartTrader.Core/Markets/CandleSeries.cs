namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// A time-ordered run of candles for one market, stored column by column (struct of arrays) so numeric kernels
/// can stream over contiguous <see cref="double"/> spans. Slices share the underlying arrays.
/// Open times are strictly increasing; gaps are allowed and never filled (real venues have outages).
/// </summary>
public sealed class CandleSeries
{
    private readonly long[] _openMs;
    private readonly long[] _closeMs;
    private readonly double[] _open;
    private readonly double[] _high;
    private readonly double[] _low;
    private readonly double[] _close;
    private readonly double[] _volume;
    private readonly int _offset;

    internal CandleSeries(Exchange exchange, Symbol symbol, Timeframe timeframe,
        long[] openMs, long[] closeMs, double[] open, double[] high, double[] low, double[] close, double[] volume, int offset, int count)
    {
        Exchange = exchange;
        Symbol = symbol;
        Timeframe = timeframe;
        _openMs = openMs;
        _closeMs = closeMs;
        _open = open;
        _high = high;
        _low = low;
        _close = close;
        _volume = volume;
        _offset = offset;
        Count = count;
    }

    public Exchange Exchange { get; }
    public Symbol Symbol { get; }
    public Timeframe Timeframe { get; }
    public int Count { get; }
    public bool IsEmpty => Count == 0;

    public ReadOnlySpan<long> OpenTimeMs => _openMs.AsSpan(_offset, Count);
    public ReadOnlySpan<long> CloseTimeMs => _closeMs.AsSpan(_offset, Count);
    public ReadOnlySpan<double> Open => _open.AsSpan(_offset, Count);
    public ReadOnlySpan<double> High => _high.AsSpan(_offset, Count);
    public ReadOnlySpan<double> Low => _low.AsSpan(_offset, Count);
    public ReadOnlySpan<double> Close => _close.AsSpan(_offset, Count);
    public ReadOnlySpan<double> Volume => _volume.AsSpan(_offset, Count);

    public ReadOnlyMemory<double> CloseMemory => _close.AsMemory(_offset, Count);

    public DateTimeOffset FirstOpenTime => Count == 0 ? throw EmptyError() : DateTimeOffset.FromUnixTimeMilliseconds(_openMs[_offset]);
    public DateTimeOffset LastCloseTime => Count == 0 ? throw EmptyError() : DateTimeOffset.FromUnixTimeMilliseconds(_closeMs[_offset + Count - 1]);

    /// <summary>The bar at <paramref name="index"/> as a validated edge value (decimal prices).</summary>
    public Candle this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"candle series has {Count} bars");
            }

            var i = _offset + index;
            return new Candle(DateTimeOffset.FromUnixTimeMilliseconds(_openMs[i]), DateTimeOffset.FromUnixTimeMilliseconds(_closeMs[i]),
                (decimal)_open[i], (decimal)_high[i], (decimal)_low[i], (decimal)_close[i], (decimal)_volume[i]);
        }
    }

    /// <summary>A view of <paramref name="length"/> bars from <paramref name="start"/>; no data is copied.</summary>
    public CandleSeries Slice(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"slice [{start}, {start + length}) is outside a series of {Count} bars");
        }

        return new CandleSeries(Exchange, Symbol, Timeframe, _openMs, _closeMs, _open, _high, _low, _close, _volume, _offset + start, length);
    }

    /// <summary>Bars whose close time lies in [<paramref name="fromClose"/>, <paramref name="toClose"/>].</summary>
    public CandleSeries SliceByCloseTime(DateTimeOffset fromClose, DateTimeOffset toClose)
    {
        var span = CloseTimeMs;
        var lo = LowerBound(span, fromClose.ToUnixTimeMilliseconds());
        var hi = LowerBound(span, toClose.ToUnixTimeMilliseconds() + 1);
        return Slice(lo, Math.Max(0, hi - lo));
    }

    /// <summary>The bars known at <paramref name="asOf"/>: everything that closed at or before it.</summary>
    public CandleSeries KnownAt(DateTimeOffset asOf) => Slice(0, LowerBound(CloseTimeMs, asOf.ToUnixTimeMilliseconds() + 1));

    /// <summary>Index of the bar that opens exactly at <paramref name="openTime"/>, or -1.</summary>
    public int IndexOfOpenTime(DateTimeOffset openTime) => IndexOf(OpenTimeMs, openTime.ToUnixTimeMilliseconds());

    /// <summary>Index of the bar that closes exactly at <paramref name="closeTime"/>, or -1.</summary>
    public int IndexOfCloseTime(DateTimeOffset closeTime) => IndexOf(CloseTimeMs, closeTime.ToUnixTimeMilliseconds());

    /// <summary>Index of the last bar closed at or before <paramref name="time"/>, or -1 when none has closed yet.</summary>
    public int IndexOfLastClosedAt(DateTimeOffset time) => LowerBound(CloseTimeMs, time.ToUnixTimeMilliseconds() + 1) - 1;

    public IEnumerable<Candle> AsEnumerable()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    public static CandleSeries Empty(Exchange exchange, Symbol symbol, Timeframe timeframe) =>
        new(exchange, symbol, timeframe, [], [], [], [], [], [], [], 0, 0);

    private static int IndexOf(ReadOnlySpan<long> span, long value)
    {
        var i = span.BinarySearch(value);
        return i >= 0 ? i : -1;
    }

    private static int LowerBound(ReadOnlySpan<long> span, long value)
    {
        int lo = 0, hi = span.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (span[mid] < value) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    private InvalidOperationException EmptyError() => new($"candle series {Exchange} {Symbol} {Timeframe} is empty");
}
