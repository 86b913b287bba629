using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Tests.Bias;

/// <summary>
/// A vectorised test strategy: long while the close is above a mean of closes precomputed over the whole series it was
/// given. <c>centered</c> uses bars on both sides (a classic lookahead bug); otherwise a trailing window (honest).
/// </summary>
internal sealed class MeanReversionTestAlpha : IAlphaModel
{
    private readonly IReadOnlyList<CandleSeries> _data;
    private readonly double[][] _mean;

    public MeanReversionTestAlpha(IReadOnlyList<CandleSeries> data, int half, bool centered)
    {
        _data = data;
        _mean = data.Select(s =>
        {
            var c = s.Close.ToArray();
            var m = new double[c.Length];
            for (var i = 0; i < c.Length; i++)
            {
                var lo = Math.Max(0, i - 2 * half);
                var hi = centered ? Math.Min(c.Length - 1, i + half) : i;
                if (centered) lo = Math.Max(0, i - half);
                double sum = 0;
                for (var k = lo; k <= hi; k++) sum += c[k];
                m[i] = sum / (hi - lo + 1);
            }

            return m;
        }).ToArray();
    }

    public string Name => "mean-test";

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        for (var i = 0; i < insights.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            var row = _data[i].IndexOfCloseTime(context.Time);
            if (row < 0) continue;
            var up = context.BarOf(i).Close > _mean[i][row];
            insights[i] = new AlphaInsight(up ? 1 : 0, 0.9, 1.5, 0, ReasonTag.Rule);
        }
    }
}

/// <summary>A recursive (EMA-type) alpha: long while close is above its exponential average; its state depends on where it started.</summary>
internal sealed class EmaTestAlpha(int symbols, double alpha = 0.05) : IAlphaModel
{
    private readonly double[] _ema = new double[symbols];
    private readonly bool[] _started = new bool[symbols];

    public string Name => "ema-test";

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        for (var i = 0; i < insights.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            var c = context.BarOf(i).Close;
            _ema[i] = _started[i] ? _ema[i] + alpha * (c - _ema[i]) : c;
            _started[i] = true;
            insights[i] = new AlphaInsight(c > _ema[i] ? 1 : 0, 0.9, 1.5, 0, ReasonTag.Rule);
        }
    }
}
