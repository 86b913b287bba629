using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Labels;

/// <summary>
/// Forward and past log returns over a horizon, aligned to bar closes. The forward return at bar i uses only the
/// close of the bar that closes exactly one horizon after bar i's close; when that bar is missing the label is NaN
/// (the sample is dropped later) and is never interpolated.
/// </summary>
public static class ForwardReturns
{
    /// <summary>ln(close[j] / close[i]) where bar j closes at closeTime[i] + horizon; NaN when bar j is missing.</summary>
    public static double[] Forward(CandleSeries series, Horizon horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        var h = HorizonMs(horizon);
        var times = series.CloseTimeMs;
        var close = series.Close;
        var result = new double[series.Count];
        var j = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var target = times[i] + h;
            while (j < times.Length && times[j] < target)
            {
                j++;
            }

            result[i] = j < times.Length && times[j] == target ? Math.Log(close[j] / close[i]) : double.NaN;
        }

        return result;
    }

    /// <summary>ln(close[i] / close[k]) where bar k closed exactly one horizon before bar i; uses only bars up to i.</summary>
    public static double[] Past(CandleSeries series, Horizon horizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        var h = HorizonMs(horizon);
        var times = series.CloseTimeMs;
        var close = series.Close;
        var result = new double[series.Count];
        var k = 0;
        for (var i = 0; i < times.Length; i++)
        {
            var target = times[i] - h;
            while (k < i && times[k] < target)
            {
                k++;
            }

            result[i] = times[k] == target ? Math.Log(close[i] / close[k]) : double.NaN;
        }

        return result;
    }

    /// <summary>+1 above the cost threshold, -1 below its negative, 0 in between, NaN where the return is missing.</summary>
    public static double[] Directions(ReadOnlySpan<double> logReturns, CostThreshold cost)
    {
        var t = cost.LogReturn;
        var result = new double[logReturns.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var r = logReturns[i];
            result[i] = double.IsNaN(r) ? double.NaN : r > t ? 1 : r < -t ? -1 : 0;
        }

        return result;
    }

    internal static long HorizonMs(Horizon horizon)
    {
        var ms = (long)horizon.Duration.TotalMilliseconds;
        if (ms <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon.Duration, $"horizon: expected a positive duration, got {horizon.Duration}");
        }

        return ms;
    }
}
