using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>The last bars of one symbol, oldest first, capped at a maximum count; hands out a <see cref="CandleSeries"/> copy.</summary>
internal sealed class BarHistory(Exchange exchange, Symbol symbol, Timeframe timeframe, int maxBars)
{
    private Bar[] _bars = new Bar[Math.Min(maxBars, 256)];
    private int _start;

    public int Count { get; private set; }

    public long LastCloseMs => Count == 0 ? long.MinValue : _bars[_start + Count - 1].CloseTimeMs;

    /// <summary>
    /// Appends a bar that opens and closes after the last one and is a valid candle; false (nothing kept) for a repeated,
    /// older or invalid bar, which a candle series could not hold.
    /// </summary>
    public bool TryAppend(in Bar bar)
    {
        if (Count > 0 && (bar.CloseTimeMs <= LastCloseMs || bar.OpenTimeMs <= _bars[_start + Count - 1].OpenTimeMs)) return false;
        if (!IsValid(bar)) return false;
        if (Count == maxBars)
        {
            _start++;
            Count--;
        }

        if (_start + Count == _bars.Length)
        {
            // Compact (amortised: only after the cap has dropped as many bars as it holds) or grow.
            var target = Count * 2 <= _bars.Length ? _bars : new Bar[Math.Min(Math.Max(_bars.Length * 2, 4), Math.Max(maxBars * 2, 4))];
            Array.Copy(_bars, _start, target, 0, Count);
            _bars = target;
            _start = 0;
        }

        _bars[_start + Count] = bar;
        Count++;
        return true;
    }

    /// <summary>The kept bars as a series (a copy: later appends do not change it).</summary>
    public CandleSeries ToSeries()
    {
        var builder = new CandleSeriesBuilder(exchange, symbol, timeframe, Math.Max(Count, 1));
        for (var i = 0; i < Count; i++)
        {
            ref readonly var b = ref _bars[_start + i];
            builder.Add(b.OpenTimeMs, b.CloseTimeMs, b.Open, b.High, b.Low, b.Close, b.Volume);
        }

        return builder.Build();
    }

    // The candle rules of CandleSeriesBuilder, checked up front so ToSeries cannot fail on a kept bar.
    private static bool IsValid(in Bar b) =>
        b.CloseTimeMs > b.OpenTimeMs && Positive(b.Open) && Positive(b.High) && Positive(b.Low) && Positive(b.Close)
        && b.Volume >= 0 && double.IsFinite(b.Volume) && b.High >= Math.Max(b.Open, b.Close) && b.Low <= Math.Min(b.Open, b.Close);

    private static bool Positive(double x) => x > 0 && double.IsFinite(x);
}
