using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Trend;

/// <summary>
/// Exponential moving average of the close, alpha = 2 / (period + 1), seeded with the SMA of the first
/// <c>period</c> closes, then <c>ema = ema * (1 - alpha) + close * alpha</c>. Column <c>ema_{period}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class Ema : Indicator
{
    private readonly int _period;
    private readonly EmaState _ema;

    public Ema(int period = 20)
        : base(IndicatorGuard.Period("ema", nameof(period), period), $"ema_{period}")
    {
        _period = period;
        _ema = new EmaState(period);
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
        if (n < period)
        {
            return;
        }

        double sum = 0;
        for (var i = 0; i < period; i++)
        {
            sum += x[i];
        }

        var alpha = 2.0 / (period + 1);
        var beta = 1.0 - alpha;
        var e = sum / period;
        destination[period - 1] = e;
        var src = x[period..];
        var dst = destination.Slice(period, src.Length);
        for (var i = 0; i < src.Length; i++)
        {
            e = e * beta + src[i] * alpha;
            dst[i] = e;
        }
    }

    protected override void Step(in OhlcvBar bar)
    {
        _ema.Add(bar.Close);
        Out[0] = _ema.Value;
    }

    protected override void OnReset() => _ema.Reset();

    protected override Indicator CreateFresh() => new Ema(_period);
}
