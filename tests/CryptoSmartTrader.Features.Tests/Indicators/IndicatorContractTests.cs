using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Indicators;

/// <summary>The contract every indicator must meet on real Binance data: streaming == batch, NaN only before warm-up.</summary>
public sealed class IndicatorContractTests
{
    private static CandleSeries Btc => SharedCandles.BinanceHourly("BTC");

    [Theory]
    [MemberData(nameof(IndicatorCases.All), MemberType = typeof(IndicatorCases))]
    public void Streaming_matches_batch_on_real_btc_slices(string key)
    {
        foreach (var (start, length) in new[] { (20_000, 3_000), (60_000, 2_500) })
        {
            var series = Btc.Slice(start, length);
            var batch = IndicatorCases.Create(key).Compute(series);
            var streaming = IndicatorCases.Create(key);
            var o = series.Open; var h = series.High; var l = series.Low; var c = series.Close; var v = series.Volume;
            for (var i = 0; i < series.Count; i++)
            {
                streaming.Update(new OhlcvBar(o[i], h[i], l[i], c[i], v[i]));
                if (streaming.IsReady != i >= batch.FirstValidIndex)
                {
                    Assert.Fail($"IsReady was {streaming.IsReady} at bar {i}, first valid index {batch.FirstValidIndex}");
                }
                for (var j = 0; j < batch.Columns.Length; j++)
                {
                    var expected = batch.Columns[j][i];
                    var actual = streaming[j];
                    if (!streaming.IsReady)
                    {
                        if (!(double.IsNaN(expected) && double.IsNaN(actual)))
                        {
                            Assert.Fail($"{batch.Names[j]}[{i}] must be NaN before warm-up");
                        }

                        continue;
                    }

                    if (!(Math.Abs(expected - actual) <= 1e-10 * Math.Max(1, Math.Abs(expected))))
                    {
                        Assert.Fail($"{batch.Names[j]}[{start}+{i}]: batch {expected:R} vs streaming {actual:R}");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(IndicatorCases.All), MemberType = typeof(IndicatorCases))]
    public void Values_are_NaN_before_warm_up_and_finite_after_on_full_histories(string key)
    {
        foreach (var coin in new[] { "BTC", "DOGE" })
        {
            var series = SharedCandles.BinanceHourly(coin);
            var indicator = IndicatorCases.Create(key);
            var output = indicator.Compute(series);
            Assert.Equal(indicator.WarmUp - 1, output.FirstValidIndex);
            for (var j = 0; j < output.Columns.Length; j++)
            {
                var column = output.Columns[j];
                Assert.Equal(series.Count, column.Length);
                for (var i = 0; i < column.Length; i++)
                {
                    if (!(i < output.FirstValidIndex ? double.IsNaN(column[i]) : double.IsFinite(column[i])))
                    {
                        Assert.Fail($"{coin} {output.Names[j]}[{i}] = {column[i]} (first valid index {output.FirstValidIndex})");
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(IndicatorCases.All), MemberType = typeof(IndicatorCases))]
    public void Reset_restarts_from_scratch_and_candle_updates_match_bar_updates(string key)
    {
        var series = Btc.Slice(40_000, 300);
        var indicator = IndicatorCases.Create(key);
        var first = new double[indicator.Columns.Count];
        for (var i = 0; i < series.Count; i++)
        {
            indicator.Update(series[i]);
        }

        indicator.CopyValues(first);
        indicator.Reset();
        Assert.False(indicator.IsReady);
        Assert.Equal(0, indicator.BarsSeen);
        var batch = IndicatorCases.Create(key).Compute(series);
        for (var i = 0; i < series.Count; i++)
        {
            indicator.Update(new OhlcvBar(series.Open[i], series.High[i], series.Low[i], series.Close[i], series.Volume[i]));
        }

        for (var j = 0; j < first.Length; j++)
        {
            Assert.Equal(batch.Columns[j][^1], indicator[j], 10);
            Assert.Equal(first[j], indicator[j], 10);
        }
    }
}
