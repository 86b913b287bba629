using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Indicators.Momentum;

/// <summary>
/// Wilder's Relative Strength Index (1978). Close-to-close changes from the second bar; average gain and loss are
/// seeded with the simple mean of the first <c>period</c> changes, then Wilder-smoothed
/// (<c>avg = avg * (period - 1) / period + x / period</c>). RSI = 100 · avgGain / (avgGain + avgLoss), which equals
/// 100 − 100 / (1 + RS); 50 when both averages are zero. Column <c>rsi_{period}</c>; warm-up <c>period + 1</c> bars.
/// </summary>
public sealed class Rsi : Indicator
{
    private readonly int _period;
    private readonly double _alpha;
    private readonly double _beta;
    private double _prev;
    private double _gain;
    private double _loss;
    private int _count;

    public Rsi(int period = 14)
        : base(IndicatorGuard.Period("rsi", nameof(period), period) + 1, $"rsi_{period}")
    {
        _period = period;
        _alpha = 1.0 / period;
        _beta = (period - 1.0) / period;
    }

    /// <summary>The RSI from Wilder averages; shared by the streaming and batch paths so they agree bit for bit.</summary>
    internal static double FromAverages(double gain, double loss)
    {
        var total = gain + loss;
        return total == 0 ? 50.0 : 100.0 * gain / total;
    }

    public override IndicatorOutput Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var columns = NewColumns(series.Count);
        Kernel(series.Close, columns[0], _period);
        return Output(columns);
    }

    /// <summary>
    /// Batch RSI into <paramref name="destination"/> (rows before <paramref name="period"/> are left untouched). Bit-identical
    /// to the streaming path on finite input; branch-free in the hot loop because the sign of a price change is close to a
    /// coin flip, which a branch predictor often gets wrong: max(d, 0)·α is computed as (d + |d|)·(α/2) and max(−d, 0)·α as
    /// (|d| − d)·(α/2), which are the same doubles (d + |d| is exactly 2·max(d, 0), and scaling by ½ is exact).
    /// </summary>
    internal static void Kernel(ReadOnlySpan<double> x, Span<double> destination, int period)
    {
        var n = x.Length;
        if (n <= period)
        {
            return;
        }

        if (destination.Length < n)
        {
            throw new ArgumentException($"rsi kernel: destination holds {destination.Length} values, expected at least {n}", nameof(destination));
        }

        // Lengths are checked above, so the loops index through refs without per-element bounds checks.
        ref var src = ref MemoryMarshal.GetReference(x);
        ref var dst = ref MemoryMarshal.GetReference(destination);
        double gain = 0, loss = 0;
        var prev = src;
        for (var i = 1; i <= period; i++)
        {
            var cur = Unsafe.Add(ref src, i);
            var d = cur - prev;
            prev = cur;
            gain += d > 0 ? d : 0;
            loss += d < 0 ? -d : 0;
        }

        gain /= period;
        loss /= period;
        Unsafe.Add(ref dst, period) = FromAverages(gain, loss);
        var beta = (period - 1.0) / period;
        var halfAlpha = 0.5 / period;
        for (nint i = period + 1; i < n; i++)
        {
            var cur = Unsafe.Add(ref src, i);
            var d = cur - prev;
            prev = cur;
            var a = Math.Abs(d);
            gain = gain * beta + (d + a) * halfAlpha;
            loss = loss * beta + (a - d) * halfAlpha;
            Unsafe.Add(ref dst, i) = FromAverages(gain, loss);
        }
    }

    protected override void Step(in OhlcvBar bar)
    {
        var x = bar.Close;
        if (_count++ == 0)
        {
            _prev = x;
            return;
        }

        var d = x - _prev;
        _prev = x;
        if (_count <= _period + 1)
        {
            _gain += d > 0 ? d : 0;
            _loss += d < 0 ? -d : 0;
            if (_count == _period + 1)
            {
                _gain /= _period;
                _loss /= _period;
                Out[0] = FromAverages(_gain, _loss);
            }

            return;
        }

        _gain = _gain * _beta + Math.Max(d, 0) * _alpha;
        _loss = _loss * _beta + Math.Max(-d, 0) * _alpha;
        Out[0] = FromAverages(_gain, _loss);
    }

    protected override void OnReset()
    {
        _prev = _gain = _loss = 0;
        _count = 0;
    }

    protected override Indicator CreateFresh() => new Rsi(_period);
}
