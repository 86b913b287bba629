using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Resampling;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Data.Tests.Resampling;

public sealed class CandleResamplerTests
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Twelve_five_minute_bars_make_one_hour_by_first_max_min_last_sum()
    {
        var bars = FiveMinute(Start, 12);
        var result = CandleResampler.Resample(bars, Timeframe.H1);
        var hour = Assert.Single(result.Series.AsEnumerable());

        // Hand-computed from FiveMinute: opens 100..111, highs open+2, lows open-1, closes open+1, volume 1..12.
        Assert.Equal(Start, hour.OpenTime);
        Assert.Equal(Start.AddHours(1), hour.CloseTime);
        Assert.Equal((100m, 113m, 99m, 112m, 78m), (hour.Open, hour.High, hour.Low, hour.Close, hour.Volume));
        Assert.Equal(1, result.CompleteBuckets);
        Assert.Empty(result.PartialBuckets);
    }

    [Fact]
    public void Zero_volume_placeholder_bars_count_as_present_but_set_no_price()
    {
        var b = new CandleSeriesBuilder(Exchange.Binance, new Symbol("SYN", "USDT"), Timeframe.M5, 24);
        var t0 = Start.ToUnixTimeMilliseconds();
        b.Add(t0, t0 + 300_000, 98, 98, 98, 98, 0); // no trades: the venue repeats the previous close
        var traded = FiveMinute(Start.AddMinutes(5), 11);
        foreach (var c in traded.AsEnumerable())
        {
            b.Add(c);
        }

        for (var i = 12; i < 24; i++)
        {
            b.Add(t0 + i * 300_000L, t0 + (i + 1) * 300_000L, 50, 50, 50, 50, 0); // a whole hour without trades
        }

        var result = CandleResampler.Resample(b.Build(), Timeframe.H1);
        Assert.Equal(2, result.CompleteBuckets);
        // Traded bars 100..110: open 100, high 112, low 99, close 111, volume 1+…+11.
        Assert.Equal((100m, 112m, 99m, 111m, 66m), (result.Series[0].Open, result.Series[0].High, result.Series[0].Low, result.Series[0].Close, result.Series[0].Volume));
        Assert.Equal((50m, 50m, 50m, 50m, 0m), (result.Series[1].Open, result.Series[1].High, result.Series[1].Low, result.Series[1].Close, result.Series[1].Volume));
    }

    [Fact]
    public void Incomplete_bucket_is_dropped_by_default_and_reported()
    {
        var full = FiveMinute(Start, 24);
        var holed = Without(full, 17);
        var dropped = CandleResampler.Resample(holed, Timeframe.H1);
        Assert.Equal(1, dropped.Series.Count);
        Assert.Equal([new PartialBucket(Start.AddHours(1), 11, 12)], dropped.PartialBuckets);

        var kept = CandleResampler.Resample(holed, Timeframe.H1, PartialBucketPolicy.Keep);
        Assert.Equal(2, kept.Series.Count);
        Assert.Single(kept.PartialBuckets);
        Assert.Equal(13m + 14 + 15 + 16 + 17 + 19 + 20 + 21 + 22 + 23 + 24, kept.Series[1].Volume); // bar 17 (volume 18) is missing
    }

    [Fact]
    public void Non_multiple_target_or_misaligned_bars_are_refused()
    {
        var hourly = SyntheticCandles.RandomWalk(10);
        Assert.Throws<ArgumentException>(() => CandleResampler.Resample(hourly, Timeframe.M30));
        var aligned = SyntheticCandles.RandomWalk(10, timeframe: Timeframe.H1);
        var shifted = SyntheticCandles.FromCloses([1, 2, 3], Timeframe.H1, Start.AddMinutes(7));
        Assert.Throws<ArgumentException>(() => CandleResampler.Resample(shifted, Timeframe.H4));
        Assert.Equal(2, CandleResampler.Resample(aligned, Timeframe.H4).Series.Count);
    }

    [Fact]
    public void Monthly_buckets_follow_calendar_months()
    {
        var days = SyntheticCandles.RandomWalk(31 + 29 + 5, timeframe: Timeframe.D1);
        var result = CandleResampler.Resample(days, Timeframe.Month1);
        Assert.Equal(2, result.CompleteBuckets);
        Assert.Equal(new PartialBucket(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), 5, 31), Assert.Single(result.PartialBuckets));
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), result.Series[1].CloseTime);
    }

    // Bar i: open 100+i, high open+2, low open-1, close open+1, volume i+1.
    internal static CandleSeries FiveMinute(DateTimeOffset start, int count)
    {
        var b = new CandleSeriesBuilder(Exchange.Binance, new Symbol("SYN", "USDT"), Timeframe.M5, count);
        for (var i = 0; i < count; i++)
        {
            var open = start.AddMinutes(5 * i).ToUnixTimeMilliseconds();
            b.Add(open, open + 300_000, 100 + i, 102 + i, 99 + i, 101 + i, i + 1);
        }

        return b.Build();
    }

    private static CandleSeries Without(CandleSeries s, int index)
    {
        var b = new CandleSeriesBuilder(s.Exchange, s.Symbol, s.Timeframe, s.Count);
        for (var i = 0; i < s.Count; i++)
        {
            if (i != index)
            {
                b.Add(s[i]);
            }
        }

        return b.Build();
    }
}
