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

    internal static void Kernel(ReadOnlySpan<double> x, Span<double> destination, int period)
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
