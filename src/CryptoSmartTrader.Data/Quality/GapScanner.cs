using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>Finds holes in a strictly increasing series at the timeframe's interval (calendar months included).</summary>
internal static class GapScanner
{
    /// <summary>Bar slots from <paramref name="fromMs"/> to <paramref name="toMs"/> (both bar open times), i.e. how many intervals apart they are.</summary>
    public static long Intervals(Timeframe tf, long fromMs, long toMs)
    {
        if (tf.IsFixed)
        {
            return (toMs - fromMs) / tf.DurationMs;
        }

        var a = DateTimeOffset.FromUnixTimeMilliseconds(fromMs);
        var b = DateTimeOffset.FromUnixTimeMilliseconds(toMs);
        return ((b.Year - a.Year) * 12L + b.Month - a.Month) / tf.Months;
    }

    public static List<CandleGap> Scan(CandleSeries series)
    {
        var gaps = new List<CandleGap>();
        var open = series.OpenTimeMs;
        for (var i = 1; i < open.Length; i++)
        {
            var missing = Intervals(series.Timeframe, open[i - 1], open[i]) - 1;
            if (missing > 0)
            {
                gaps.Add(new CandleGap(DateTimeOffset.FromUnixTimeMilliseconds(open[i - 1]), DateTimeOffset.FromUnixTimeMilliseconds(open[i]), missing));
            }
        }

        return gaps;
    }
}
