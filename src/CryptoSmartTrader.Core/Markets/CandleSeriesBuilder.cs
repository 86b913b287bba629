namespace CryptoSmartTrader.Core.Markets;

/// <summary>
/// Appends bars into growable columns and hands them to a <see cref="CandleSeries"/> without copying.
/// Rejects out-of-order or duplicate open times and invalid bars with a message naming the bar.
/// </summary>
public sealed class CandleSeriesBuilder
{
    private long[] _openMs;
    private long[] _closeMs;
    private double[] _open;
    private double[] _high;
    private double[] _low;
    private double[] _close;
    private double[] _volume;
    private bool _built;

    public CandleSeriesBuilder(Exchange exchange, Symbol symbol, Timeframe timeframe, int capacity = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Exchange = exchange;
        Symbol = symbol;
        Timeframe = timeframe;
        capacity = Math.Max(capacity, 4);
        _openMs = new long[capacity];
        _closeMs = new long[capacity];
        _open = new double[capacity];
        _high = new double[capacity];
        _low = new double[capacity];
        _close = new double[capacity];
        _volume = new double[capacity];
    }

    public Exchange Exchange { get; }
    public Symbol Symbol { get; }
    public Timeframe Timeframe { get; }
    public int Count { get; private set; }

    public void Add(Candle candle) => Add(candle.OpenTime.ToUnixTimeMilliseconds(), candle.CloseTime.ToUnixTimeMilliseconds(),
        (double)candle.Open, (double)candle.High, (double)candle.Low, (double)candle.Close, (double)candle.Volume);

    /// <summary>Appends a bar from raw columns (the fast path used by loaders); validates like <see cref="Candle"/>.</summary>
    public void Add(long openMs, long closeMs, double open, double high, double low, double close, double volume)
    {
        if (!TryAdd(openMs, closeMs, open, high, low, close, volume, out var error))
        {
            throw new ArgumentException(error);
        }
    }

    public bool TryAdd(long openMs, long closeMs, double open, double high, double low, double close, double volume, out string error)
    {
        if (_built)
        {
            throw new InvalidOperationException("candle series builder: Build() was already called");
        }

        if (Count > 0 && openMs <= _openMs[Count - 1])
        {
            error = openMs == _openMs[Count - 1]
                ? $"candle at {Format(openMs)}: duplicate open time"
                : $"candle at {Format(openMs)}: open time is before the previous bar {Format(_openMs[Count - 1])}";
            return false;
        }

        if (closeMs <= openMs)
        {
            error = $"candle at {Format(openMs)}: close time {Format(closeMs)} must be after the open time";
            return false;
        }

        // Mirrors Candle.Validate but on doubles, so NaN is caught (NaN fails every comparison).
        string? e = !(open > 0) || !double.IsFinite(open) ? $"open must be a finite number > 0, got {open}"
            : !(high > 0) || !double.IsFinite(high) ? $"high must be a finite number > 0, got {high}"
            : !(low > 0) || !double.IsFinite(low) ? $"low must be a finite number > 0, got {low}"
            : !(close > 0) || !double.IsFinite(close) ? $"close must be a finite number > 0, got {close}"
            : !(volume >= 0) || !double.IsFinite(volume) ? $"volume must be a finite number >= 0, got {volume}"
            : high < Math.Max(open, close) ? $"high {high} must be >= max(open {open}, close {close})"
            : low > Math.Min(open, close) ? $"low {low} must be <= min(open {open}, close {close})"
            : null;
        if (e is not null)
        {
            error = $"candle at {Format(openMs)}: {e}";
            return false;
        }

        if (Count == _openMs.Length)
        {
            Grow();
        }

        _openMs[Count] = openMs;
        _closeMs[Count] = closeMs;
        _open[Count] = open;
        _high[Count] = high;
        _low[Count] = low;
        _close[Count] = close;
        _volume[Count] = volume;
        Count++;
        error = string.Empty;
        return true;
    }

    /// <summary>Hands over the columns; the builder cannot be used afterwards.</summary>
    public CandleSeries Build()
    {
        _built = true;
        return new CandleSeries(Exchange, Symbol, Timeframe, _openMs, _closeMs, _open, _high, _low, _close, _volume, 0, Count);
    }

    private void Grow()
    {
        var n = _openMs.Length * 2;
        Array.Resize(ref _openMs, n);
        Array.Resize(ref _closeMs, n);
        Array.Resize(ref _open, n);
        Array.Resize(ref _high, n);
        Array.Resize(ref _low, n);
        Array.Resize(ref _close, n);
        Array.Resize(ref _volume, n);
    }

    private static string Format(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
}
