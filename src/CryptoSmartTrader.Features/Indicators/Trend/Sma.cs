using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Simple moving average of the close over <c>period</c> bars: a running sum (<c>sum += x</c> while filling,
/// <c>sum += x - x[t-period]</c> after) divided by <c>period</c>. Column <c>sma_{period}</c>; warm-up <c>period</c> bars.
/// </summary>
public sealed class Sma : Indicator
{
    private readonly int _period;
    private readonly RollingWindow _window;

    public Sma(int period = 20)
        : base(IndicatorGuard.Period("sma", nameof(period), period), $"sma_{period}")
    {
        _period = period;
        _window = new RollingWindow(period);
    }

    public override IndicatorOutput Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var columns = NewColumns(series.Count);
        Kernel(series.Close, columns[0], _period);
        return Output(columns);
    }

    /// <summary>The batch kernel: writes rows <c>period-1..</c> of <paramref name="destination"/>.</summary>
    internal static void Kernel(ReadOnlySpan<double> x, Span<double> destination, int period)
    {
        var n = x.Length;
        double sum = 0;
        var fill = Math.Min(period, n);
        for (var i = 0; i < fill; i++)
        {
            sum += x[i];
        }

        if (n < period)
        {
            return;
        }

        destination[period - 1] = sum / period;
        var lagged = x[..(n - period)];
        var current = x[period..];
        var dst = destination[period..];
        for (var i = 0; i < current.Length && i < lagged.Length && i < dst.Length; i++)
        {
            sum += current[i] - lagged[i];
            dst[i] = sum / period;
        }
    }

    protected override void Step(in OhlcvBar bar)
    {
        _window.Push(bar.Close);
        Out[0] = _window.Sum / _period;
    }

    protected override void OnReset() => _window.Reset();

    protected override Indicator CreateFresh() => new Sma(_period);
}
