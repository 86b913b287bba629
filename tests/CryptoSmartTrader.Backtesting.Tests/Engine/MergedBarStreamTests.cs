using CryptoSmartTrader.Backtesting.Engine;
using FsCheck;
using FsCheck.Fluent;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Backtesting.Tests.Engine;

public sealed class MergedBarStreamTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;

    [Fact]
    public void Steps_follow_close_time_and_a_missing_bar_is_absent()
    {
        var a = SyntheticCandles.FromCloses([1, 2, 3], symbol: new Symbol("AAA", "USDT"));
        var builder = new CandleSeriesBuilder(Exchange.Binance, new Symbol("BBB", "USDT"), Timeframe.H1);
        builder.Add(Candle.Create(Timeframe.H1, Start, 5, 5, 5, 5, 1));
        builder.Add(Candle.Create(Timeframe.H1, Start.AddHours(2), 5, 5, 5, 5, 1)); // the 01:00 bar is missing
        builder.Add(Candle.Create(Timeframe.H1, Start.AddHours(3), 5, 5, 5, 5, 1));
        var stream = new MergedBarStream([a, builder.Build()]);

        var steps = new List<(DateTimeOffset Time, int[] Present, int[] Index)>();
        while (stream.MoveNext())
        {
            steps.Add((stream.Time, stream.Present.ToArray(), [stream.BarIndexOf(0), stream.BarIndexOf(1)]));
        }

        Assert.Equal([Start.AddHours(1), Start.AddHours(2), Start.AddHours(3), Start.AddHours(4)], steps.Select(s => s.Time));
        Assert.Equal([0, 1], steps[0].Present);
        Assert.Equal([0], steps[1].Present);
        Assert.Equal([1, -1], steps[1].Index);
        Assert.Equal([0, 1], steps[2].Present);
        Assert.Equal([2, 1], steps[2].Index);
        Assert.Equal([1], steps[3].Present);
        Assert.Equal(4, stream.Steps);
    }

    [Fact]
    public void Mixed_timeframes_interleave_by_close_time()
    {
        var hourly = SyntheticCandles.FromCloses([1, 2, 3, 4], symbol: new Symbol("AAA", "USDT"));
        var fourHour = SyntheticCandles.FromCloses([10], timeframe: Timeframe.H4, symbol: new Symbol("BBB", "USDT"));
        var stream = new MergedBarStream([hourly, fourHour]);
        var present = new List<int[]>();
        while (stream.MoveNext()) present.Add(stream.Present.ToArray());
        Assert.Equal(4, present.Count);
        Assert.Equal([0, 1], present[3]);
    }

    [Fact]
    public void Skip_to_drops_earlier_bars()
    {
        var a = SyntheticCandles.FromCloses([1, 2, 3, 4]);
        var stream = new MergedBarStream([a]);
        stream.SkipTo(Start.AddHours(3).ToUnixTimeMilliseconds());
        Assert.True(stream.MoveNext());
        Assert.Equal(Start.AddHours(3), stream.Time);
        Assert.Equal(2, stream.BarIndexOf(0));
    }

    [Fact]
    public void Any_interleaving_of_random_gaps_is_ordered_and_complete()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<bool[]>(), (bool[] keep) =>
        {
            var builders = new[] { new CandleSeriesBuilder(Exchange.Binance, new Symbol("AAA", "USDT"), Timeframe.H1),
                new CandleSeriesBuilder(Exchange.Binance, new Symbol("BBB", "USDT"), Timeframe.H1) };
            var total = 0;
            for (var i = 0; i < keep.Length; i++)
            {
                var b = builders[i % 2];
                if (!keep[i]) continue;
                b.Add(Candle.Create(Timeframe.H1, Start.AddHours(i / 2), 1, 1, 1, 1, 1));
                total++;
            }

            var stream = new MergedBarStream(builders.Select(b => b.Build()).ToArray());
            long last = long.MinValue;
            var seen = 0;
            while (stream.MoveNext())
            {
                if (stream.TimeMs <= last) return false;
                last = stream.TimeMs;
                seen += stream.PresentCount;
            }

            return seen == total;
        }).QuickCheckThrowOnFailure();
    }
}
