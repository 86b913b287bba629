using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Whales;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Whales;

public sealed class WhaleDetectionTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Trade P(int ms, decimal price, decimal size, TakerSide side = TakerSide.Buy, string? id = null) =>
        new(T0.AddMilliseconds(ms), price, size, side, id);

    [Fact]
    public void Split_prints_of_one_side_time_window_and_price_merge_and_nothing_else_does()
    {
        Trade[] tape =
        [
            P(0, 100, 1), P(10, 100, 2), P(40, 100, 1),     // one group: same side, same price, within 50 ms of the first
            P(60, 100, 1),                                    // 60 ms after the group's first print: new group
            P(61, 100, 1, TakerSide.Sell),                    // other side: new group
            P(62, 100.5m, 1, TakerSide.Sell),                 // other price: new group
            P(63, 100.5m, 1, TakerSide.Unknown), P(63, 100.5m, 1, TakerSide.Unknown), // unknown side: never merged
        ];
        var groups = SplitPrintAggregator.Aggregate(tape, new WhaleOptions { AggregationWindow = TimeSpan.FromMilliseconds(50), PriceToleranceBps = 0 });
        Assert.Equal([3, 1, 1, 1, 1, 1], groups.Select(g => g.Count));
        Assert.Equal(400.0, groups[0].Notional);
        Assert.Equal(4.0, groups[0].Size);
        Assert.Equal(T0.AddMilliseconds(40), groups[0].LastTime);
        var tolerant = SplitPrintAggregator.Aggregate(tape, new WhaleOptions { AggregationWindow = TimeSpan.FromMilliseconds(50), PriceToleranceBps = 60 });
        Assert.Equal(2, tolerant[2].Count); // 100.5 is 50 bps from 100: merges with the sell at 100
        Assert.Equal((100 + 100.5) / 2, tolerant[2].Vwap, 12);
    }

    [Fact]
    public void Quantile_threshold_uses_only_earlier_prints()
    {
        // Notionals 1..10 then a print of 10: threshold over the 10 previous values at q = 0.9 is 9.1 (type 7).
        var prints = Enumerable.Range(1, 10).Select(i => Agg(i * 1000, i)).Append(Agg(20_000, 10)).ToArray();
        var o = new WhaleOptions { Quantile = 0.9, QuantileLookback = 10, QuantileMinHistory = 10 };
        var r = LargeTradeDetector.Detect(prints, o);
        Assert.All(r.Take(10), p => Assert.True(double.IsNaN(p.Threshold) && !p.IsLarge));
        Assert.Equal(9.1, r[10].Threshold, 12);
        Assert.True(r[10].ByQuantile);
        // A print equal to its own would-be threshold cannot raise the threshold it is compared to.
        var abs = LargeTradeDetector.Detect(prints, new WhaleOptions { AbsoluteNotional = 5, QuantileMinHistory = 200 });
        Assert.Equal(7, abs.Count(p => p.ByAbsolute)); // 5, 6, 7, 8, 9, 10, 10
        Assert.DoesNotContain(abs, p => p.ByQuantile);
    }

    [Fact]
    public void Bursts_need_enough_large_prints_inside_the_window()
    {
        var prints = new[] { Agg(0, 100), Agg(20_000, 100), Agg(50_000, 100), Agg(200_000, 100) };
        var r = LargeTradeDetector.Detect(prints, new WhaleOptions { AbsoluteNotional = 50, BurstMinCount = 3, BurstWindow = TimeSpan.FromSeconds(60) });
        Assert.Equal([false, false, true, false], r.Select(p => p.InBurst));
    }

    [Fact]
    public void Bar_flow_counts_a_print_in_the_bar_where_it_completes_before_the_close()
    {
        var bars = SyntheticCandles.RandomWalk(3, timeframe: Timeframe.M1); // bars [0,60s), [60s,120s), [120s,180s)
        var start = bars[0].OpenTime;
        var prints = new[]
        {
            new LargePrint(new AggregatedPrint(start.AddSeconds(10), start.AddSeconds(10), TakerSide.Buy, 1, 1, 500, 0, 1), 1, true, false, false),
            new LargePrint(new AggregatedPrint(start.AddSeconds(59), start.AddSeconds(60), TakerSide.Sell, 1, 1, 200, 1, 2), 1, true, false, true),
            new LargePrint(new AggregatedPrint(start.AddSeconds(70), start.AddSeconds(70), TakerSide.Buy, 1, 1, 999, 3, 1), 1, false, false, false),
        };
        var cols = WhaleBarFeatures.Compute(prints, bars, start, start.AddSeconds(120));
        Assert.Equal([500.0, 0, double.NaN], cols[0]);
        Assert.Equal([0.0, 200, double.NaN], cols[1]); // completed at exactly 60 s: belongs to the second bar
        Assert.Equal([500.0, -200, double.NaN], cols[2]);
        Assert.Equal([1.0, 1, double.NaN], cols[3]);
        Assert.Equal([0.0, 1, double.NaN], cols[4]);
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_clear_message()
    {
        Assert.Contains("time order", Assert.Throws<ArgumentException>(() => SplitPrintAggregator.Aggregate([P(10, 1, 1), P(5, 1, 1)])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => SplitPrintAggregator.Aggregate([], new WhaleOptions { PriceToleranceBps = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargeTradeDetector.Detect([], new WhaleOptions { Quantile = 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargeTradeDetector.Detect([], new WhaleOptions { AbsoluteNotional = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => LargeTradeDetector.Detect([], new WhaleOptions { QuantileMinHistory = 1 }));
        var bars = SyntheticCandles.RandomWalk(2);
        Assert.Throws<ArgumentException>(() => WhaleBarFeatures.Compute([], bars, T0.AddDays(1), T0));
    }

    private static AggregatedPrint Agg(int ms, double notional) =>
        new(T0.AddMilliseconds(ms), T0.AddMilliseconds(ms), TakerSide.Buy, 1, notional, notional, 0, 1);
}
