using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Resampling;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Data.Tests.Resampling;

/// <summary>
/// Resampled real bars against the venue's own coarser files (read by the TestKit's independent reader). OHLC must match
/// exactly; volume is a sum of decimals parsed as doubles, so it is compared to 1e-9 relative.
/// </summary>
public sealed class RealResamplingTests
{
    [Fact]
    public void Binance_hourly_resampled_to_days_equals_the_native_daily_file_on_every_complete_day()
    {
        var hourly = SharedCandles.BinanceHourly("BTC");
        var daily = SharedCandles.BinanceDaily("BTC");
        var result = CandleResampler.Resample(hourly, Timeframe.D1);

        var compared = AssertMatches(result.Series, daily);
        Assert.Equal(result.Series.Count, compared);
        Assert.True(compared > 2_700, $"only {compared} days compared");
        // Days with an outage hour are dropped, never filled: 2018-02-08 lost 24 hours to the 33-hour outage.
        Assert.Contains(result.PartialBuckets, p => p.OpenTime == new DateTimeOffset(2018, 2, 8, 0, 0, 0, TimeSpan.Zero) && p.Bars == 1);
        Assert.DoesNotContain(result.Series.OpenTimeMs.ToArray(), ms => ms == new DateTimeOffset(2018, 2, 8, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
    }

    [Fact]
    public void Binance_five_minute_resampled_to_hours_equals_the_hourly_file()
    {
        var fiveMinute = SharedCandles.Load(Path.Combine("candles", "binance_spot_5m", "BTC_USDT-5m.csv.gz"), Exchange.Binance, new Symbol("BTC", "USDT"), Timeframe.M5);
        var result = CandleResampler.Resample(fiveMinute, Timeframe.H1);
        var compared = AssertMatches(result.Series, SharedCandles.BinanceHourly("BTC"));
        Assert.Equal(5_980, compared); // the count the datasets README reports for this cross-check
        Assert.DoesNotContain(result.PartialBuckets, p => p.OpenTime < new DateTimeOffset(2024, 9, 6, 4, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void One_minute_sample_resampled_to_five_minutes_equals_the_five_minute_sample()
    {
        var symbol = new Symbol("XRP", "ETH");
        var oneMinute = SharedCandles.Load(Path.Combine("candles", "binance_spot_1m_sample", "XRP_ETH-1m-2019-10-11.csv"), Exchange.Binance, symbol, Timeframe.M1);
        var fiveMinute = SharedCandles.Load(Path.Combine("candles", "binance_spot_5m_sample", "XRP_ETH-5m-2019-10-11.csv"), Exchange.Binance, symbol, Timeframe.M5);
        var result = CandleResampler.Resample(oneMinute, Timeframe.M5);
        Assert.Equal(712, AssertMatches(result.Series, fiveMinute));
    }

    private static int AssertMatches(CandleSeries resampled, CandleSeries native)
    {
        var compared = 0;
        for (var i = 0; i < resampled.Count; i++)
        {
            var j = native.IndexOfOpenTime(DateTimeOffset.FromUnixTimeMilliseconds(resampled.OpenTimeMs[i]));
            if (j < 0)
            {
                continue;
            }

            var at = DateTimeOffset.FromUnixTimeMilliseconds(resampled.OpenTimeMs[i]);
            Assert.True(resampled.Open[i] == native.Open[j] && resampled.High[i] == native.High[j] && resampled.Low[i] == native.Low[j]
                        && resampled.Close[i] == native.Close[j] && resampled.CloseTimeMs[i] == native.CloseTimeMs[j], $"OHLC differs at {at:O}");
            Assert.True(Math.Abs(resampled.Volume[i] - native.Volume[j]) <= 1e-9 * Math.Max(1, native.Volume[j]),
                $"volume differs at {at:O}: {resampled.Volume[i]:R} vs {native.Volume[j]:R}");
            compared++;
        }

        return compared;
    }
}
