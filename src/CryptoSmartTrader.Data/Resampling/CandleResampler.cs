using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Resampling;

/// <summary>
/// Aggregates bars into a coarser timeframe (1m → 5m → 1h → 1d …): open = first open, high = max, low = min,
/// close = last close, volume = sum, grouped by UTC-aligned buckets of the target timeframe (epoch-aligned, weeks from
/// Monday, months from the 1st). A bucket missing any source bar is never filled; it is dropped by default and always reported.
/// Zero-volume bars are the venue's no-trade placeholders (OHLC = previous close): they count towards completeness but set no
/// price unless the whole bucket had no trades, which is how venues build their native bars (checked on Binance XRP/ETH 1m → 5m).
/// </summary>
public static class CandleResampler
{
    public static ResampleResult Resample(CandleSeries source, Timeframe target, PartialBucketPolicy policy = PartialBucketPolicy.Drop)
    {
        ArgumentNullException.ThrowIfNull(source);
        var from = source.Timeframe;
        Check(from, target);
        var builder = new CandleSeriesBuilder(source.Exchange, source.Symbol, target, Math.Max(4, source.Count / Expected(from, target, 0)));
        var partial = new List<PartialBucket>();
        var complete = 0;
        var openMs = source.OpenTimeMs;
        var open = source.Open;
        var high = source.High;
        var low = source.Low;
        var close = source.Close;
        var volume = source.Volume;
        var i = 0;
        while (i < source.Count)
        {
            var bucket = BucketOf(openMs[i], target);
            var closeMs = target.CloseOfMs(bucket);
            var first = i;
            var traded = false;
            for (; i < source.Count && openMs[i] < closeMs; i++)
            {
                if (openMs[i] % from.DurationMs != 0)
                {
                    throw new ArgumentException($"resample: {source.Exchange} {source.Symbol} bar at {DateTimeOffset.FromUnixTimeMilliseconds(openMs[i]):O} " +
                                                $"is not aligned to the {from} grid, so it cannot be assigned to one {target} bucket", nameof(source));
                }

                traded |= volume[i] > 0;
            }

            var n = i - first;
            double o = double.NaN, h = double.MinValue, l = double.MaxValue, c = double.NaN, v = 0;
            for (var k = first; k < i; k++)
            {
                v += volume[k];
                if (traded && volume[k] <= 0)
                {
                    continue; // a no-trade placeholder bar repeats the previous close; it sets no price
                }

                if (double.IsNaN(o)) o = open[k];
                h = Math.Max(h, high[k]);
                l = Math.Min(l, low[k]);
                c = close[k];
            }

            var expected = Expected(from, target, bucket);
            if (n == expected)
            {
                complete++;
            }
            else
            {
                partial.Add(new PartialBucket(DateTimeOffset.FromUnixTimeMilliseconds(bucket), n, expected));
                if (policy == PartialBucketPolicy.Drop)
                {
                    continue;
                }
            }

            builder.Add(bucket, closeMs, o, h, l, c, v);
        }

        return new ResampleResult(builder.Build(), complete, partial, policy);
    }

    private static long BucketOf(long ms, Timeframe target) =>
        target.IsFixed && target != Timeframe.W1
            ? ms - ms % target.DurationMs
            : target.Floor(DateTimeOffset.FromUnixTimeMilliseconds(ms)).ToUnixTimeMilliseconds();

    private static int Expected(Timeframe from, Timeframe target, long bucketMs) =>
        (int)((target.CloseOfMs(bucketMs) - bucketMs) / from.DurationMs);

    private static void Check(Timeframe from, Timeframe target)
    {
        if (!from.IsFixed)
        {
            throw new ArgumentException($"resample: source timeframe {from} has no fixed length; resample from fixed timeframes only", nameof(target));
        }

        var ok = target.IsFixed
            ? target.DurationMs > from.DurationMs && target.DurationMs % from.DurationMs == 0
            : TimeSpan.FromDays(1).Ticks % from.Duration.Ticks == 0;
        if (!ok)
        {
            throw new ArgumentException($"resample: {target} bars cannot be built exactly from {from} bars (the target must be a whole multiple of the source)", nameof(target));
        }
    }
}
