using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators.Primitives;

namespace CryptoSmartTrader.Features.Indicators.Volatility;

/// <summary>
/// Bollinger Bands (Bollinger, 2001): middle = SMA(close, period); upper/lower = middle ± k · σ with σ the
/// <b>population</b> standard deviation of the same window (divide by period, as Bollinger specifies).
/// %B = (close − lower) / (upper − lower) (0.5 when the bands coincide); bandwidth = (upper − lower) / middle.
/// Columns <c>bb_mid|bb_upper|bb_lower|bb_pctb|bb_width_{period}_{k}</c>; warm-up <c>period</c>.
/// </summary>
public sealed class BollingerBands : Indicator
{
    private readonly int _period;
    private readonly double _k;
    private readonly RollingStats _stats;

    public BollingerBands(int period = 20, double k = 2.0)
        : base(IndicatorGuard.Period("bollinger", nameof(period), period),
            $"bb_mid_{period}_{P(k)}", $"bb_upper_{period}_{P(k)}", $"bb_lower_{period}_{P(k)}", $"bb_pctb_{period}_{P(k)}", $"bb_width_{period}_{P(k)}")
    {
        IndicatorGuard.Positive("bollinger", nameof(k), k);
        _period = period;
        _k = k;
        _stats = new RollingStats(period);
    }

    public override IndicatorOutput Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var c = NewColumns(series.Count);
        Kernel(series.Close, _period, _k, c[0], c[1], c[2], c[3], c[4]);
        return Output(c);
    }

    internal static void Kernel(ReadOnlySpan<double> x, int period, double k,
        Span<double> mid, Span<double> upper, Span<double> lower, Span<double> pctb, Span<double> width)
    {
        var n = x.Length;
        if (n < period)
        {
            return;
        }

        double mean = 0, m2 = 0;
        for (var i = 0; i < period; i++)
        {
            var delta = x[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (x[i] - mean);
        }

        var inv = 1.0 / period;
        Write(x[period - 1], mean, m2 * inv, k, out mid[period - 1], out upper[period - 1], out lower[period - 1], out pctb[period - 1], out width[period - 1]);
        for (var i = period; i < n; i++)
        {
            var xi = x[i];
            var old = x[i - period];
            var oldMean = mean;
            mean += (xi - old) * inv;
            m2 += (xi - old) * (xi - mean + old - oldMean);
            if (m2 < 0)
            {
                m2 = 0;
            }

            Write(xi, mean, m2 * inv, k, out mid[i], out upper[i], out lower[i], out pctb[i], out width[i]);
        }
    }

    private static void Write(double close, double mean, double variance, double k,
        out double mid, out double upper, out double lower, out double pctb, out double width)
    {
        var band = k * Math.Sqrt(variance);
        mid = mean;
        upper = mean + band;
        lower = mean - band;
        var range = upper - lower;
        pctb = range == 0 ? 0.5 : (close - lower) / range;
        width = range / mean;
    }

    protected override void Step(in OhlcvBar bar)
    {
        _stats.Add(bar.Close);
        Write(bar.Close, _stats.Mean, _stats.PopulationVariance, _k, out Out[0], out Out[1], out Out[2], out Out[3], out Out[4]);
    }

    protected override void OnReset() => _stats.Reset();

    protected override Indicator CreateFresh() => new BollingerBands(_period, _k);
}
