using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Wilder's Average True Range (1978). True range TR = max(H − L, |H − Cprev|, |L − Cprev|) from the second bar;
/// ATR is seeded with the mean of the first <c>period</c> TRs and then Wilder-smoothed
/// (<c>atr = atr * (period - 1) / period + tr / period</c>). Column <c>atr_{period}</c>; warm-up <c>period + 1</c> bars.
/// </summary>
public sealed class Atr : Indicator
{
    private readonly int _period;
    private readonly AtrState _atr;

    public Atr(int period = 14)
        : base(IndicatorGuard.Period("atr", nameof(period), period) + 1, $"atr_{period}")
    {
        _period = period;
        _atr = new AtrState(period);
    }

    public override IndicatorOutput Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var columns = NewColumns(series.Count);
        Kernel(series.High, series.Low, series.Close, columns[0], _period);
        return Output(columns);
    }

    /// <summary>
    /// Batch ATR into <paramref name="destination"/> (rows before <paramref name="period"/> are left untouched). Bit-identical
    /// to <see cref="AtrState"/> on candle data (finite, so <c>double.MaxNative</c> equals <c>Math.Max</c>); the hot loop is
    /// branch-free (which of the three ranges is largest is unpredictable) and keeps the previous close in a register.
    /// </summary>
    internal static void Kernel(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> destination, int period)
    {
        var n = close.Length;
        if (n <= period || high.Length != n || low.Length != n)
        {
            return;
        }

        if (destination.Length < n)
        {
            throw new ArgumentException($"atr kernel: destination holds {destination.Length} values, expected at least {n}", nameof(destination));
        }

        double sum = 0;
        for (var i = 1; i <= period; i++)
        {
            sum += AtrState.TrueRange(high[i], low[i], close[i - 1]);
        }

        var atr = sum / period;
        destination[period] = atr;
        var alpha = 1.0 / period;
        var beta = (period - 1.0) / period;

        // Lengths are checked above, so the loop indexes through refs without per-element bounds checks.
        ref var h = ref MemoryMarshal.GetReference(high);
        ref var l = ref MemoryMarshal.GetReference(low);
        ref var c = ref MemoryMarshal.GetReference(close);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        var prevClose = Unsafe.Add(ref c, period);
        for (nint i = period + 1; i < n; i++)
        {
            var hi = Unsafe.Add(ref h, i);
            var lo = Unsafe.Add(ref l, i);
            var tr = double.MaxNative(hi - lo, double.MaxNative(Math.Abs(hi - prevClose), Math.Abs(lo - prevClose)));
            prevClose = Unsafe.Add(ref c, i);
            atr = atr * beta + tr * alpha;
            Unsafe.Add(ref dst, i) = atr;
        }
    }

    protected override void Step(in OhlcvBar bar)
    {
        _atr.Add(bar.High, bar.Low, bar.Close);
        Out[0] = _atr.Value;
    }

    protected override void OnReset() => _atr.Reset();

    protected override Indicator CreateFresh() => new Atr(_period);
}
