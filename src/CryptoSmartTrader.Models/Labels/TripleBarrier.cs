using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Labels;

/// <summary>
/// Triple-barrier labels: +1 when the upper barrier is hit first, -1 for the lower, 0 when the vertical barrier
/// (the horizon) comes first. NaN when the volatility cannot be estimated from past bars or any bar inside the
/// horizon is missing: a gap could hide a touch, so the label is unknown rather than guessed.
/// A bar that spans both barriers resolves to the barrier nearer its open.
/// </summary>
public static class TripleBarrier
{
    public static double[] Label(CandleSeries series, Horizon horizon, TripleBarrierOptions options)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!series.Timeframe.IsFixed)
        {
            throw new ArgumentException($"triple barrier: needs a fixed timeframe, got {series.Timeframe}", nameof(series));
        }

        var barMs = series.Timeframe.DurationMs;
        var hMs = ForwardReturns.HorizonMs(horizon);
        if (hMs % barMs != 0)
        {
            throw new ArgumentException($"triple barrier: horizon {horizon} must be a whole number of {series.Timeframe} bars", nameof(horizon));
        }

        var steps = (int)(hMs / barMs);
        var times = series.CloseTimeMs;
        var open = series.Open;
        var high = series.High;
        var low = series.Low;
        var close = series.Close;
        var result = new double[series.Count];
        var lb = options.VolatilityLookback;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = double.NaN;
            if (i < lb || i + steps >= result.Length || times[i] - times[i - lb] != lb * barMs || times[i + steps] - times[i] != hMs)
            {
                continue;
            }

            var sigma = TrailingSigma(close, i, lb) * Math.Sqrt(steps);
            var up = close[i] * Math.Exp(options.UpperMultiple * sigma);
            var down = close[i] * Math.Exp(-options.LowerMultiple * sigma);
            var label = 0.0;
            for (var j = i + 1; j <= i + steps; j++)
            {
                var hitUp = high[j] >= up;
                var hitDown = low[j] <= down;
                if (hitUp && hitDown)
                {
                    label = up - open[j] <= open[j] - down ? 1 : -1;
                    break;
                }

                if (hitUp || hitDown)
                {
                    label = hitUp ? 1 : -1;
                    break;
                }
            }

            result[i] = label;
        }

        return result;
    }

    private static double TrailingSigma(ReadOnlySpan<double> close, int i, int lookback)
    {
        double sum = 0, sumSq = 0;
        for (var k = i - lookback + 1; k <= i; k++)
        {
            var r = Math.Log(close[k] / close[k - 1]);
            sum += r;
            sumSq += r * r;
        }

        var mean = sum / lookback;
        return Math.Sqrt(Math.Max(0, (sumSq - lookback * mean * mean) / (lookback - 1)));
    }
}
