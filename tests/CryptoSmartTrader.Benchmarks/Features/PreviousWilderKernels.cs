using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Benchmarks.Features;

/// <summary>
/// The RSI and ATR batch kernels as they were before the branch-free rewrite (commit e2c2aa7), kept verbatim so
/// <c>indicators-vs-pandas</c> can time old and new side by side in one process and check that their outputs are
/// bit-identical.
/// </summary>
internal static class PreviousWilderKernels
{
    public static void Rsi(ReadOnlySpan<double> x, Span<double> destination, int period)
    {
        var n = x.Length;
        if (n <= period)
        {
            return;
        }

        double gain = 0, loss = 0;
        for (var i = 1; i <= period; i++)
        {
            var d = x[i] - x[i - 1];
            gain += d > 0 ? d : 0;
            loss += d < 0 ? -d : 0;
        }

        gain /= period;
        loss /= period;
        destination[period] = FromAverages(gain, loss);
        var alpha = 1.0 / period;
        var beta = (period - 1.0) / period;
        var prev = x[period..];
        var cur = x[(period + 1)..];
        var dst = destination.Slice(period + 1, cur.Length);
        for (var i = 0; i < cur.Length && i < prev.Length; i++)
        {
            var d = cur[i] - prev[i];
            gain = gain * beta + Math.Max(d, 0) * alpha;
            loss = loss * beta + Math.Max(-d, 0) * alpha;
            dst[i] = FromAverages(gain, loss);
        }
    }

    public static void Atr(ReadOnlySpan<double> high, ReadOnlySpan<double> low, ReadOnlySpan<double> close, Span<double> destination, int period)
    {
        var n = close.Length;
        if (n <= period || high.Length != n || low.Length != n)
        {
            return;
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
        for (var i = period + 1; i < n; i++)
        {
            atr = atr * beta + AtrState.TrueRange(high[i], low[i], close[i - 1]) * alpha;
            destination[i] = atr;
        }
    }

    private static double FromAverages(double gain, double loss)
    {
        var total = gain + loss;
        return total == 0 ? 50.0 : 100.0 * gain / total;
    }
}
