using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Whales;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Whales;

public sealed class WhaleBarFeaturesRealDataTests
{
    [Fact]
    public void Large_print_flow_on_the_recorded_xrpeth_tape_lands_in_the_matching_real_1m_bars()
    {
        var tape = RecordedTapes.Read("binance_spot_XRPETH_aggtrades_2019-10-11.csv.gz");
        var bars = SharedCandles.Load(Path.Combine("candles", "binance_spot_1m_sample", "XRP_ETH-1m-2019-10-11.csv"), Exchange.Binance,
            new Symbol("XRP", "ETH"), Timeframe.M1);
        var large = LargeTradeDetector.Detect(SplitPrintAggregator.Aggregate(tape)).Where(p => p.IsLarge).ToArray();
        var cols = WhaleBarFeatures.Compute(large, bars, tape[0].Time, tape[^1].Time);

        // Independent bucketing: minute of the last fill = the bar whose open is that minute (1m bars are aligned to the minute).
        var byMinute = large.GroupBy(p => p.Print.LastTime.ToUnixTimeMilliseconds() / 60_000 * 60_000).ToDictionary(g => g.Key, g => g.ToArray());
        var covered = 0;
        for (var b = 0; b < bars.Count; b++)
        {
            if (double.IsNaN(cols[3][b])) continue;
            covered++;
            var expected = byMinute.TryGetValue(bars.OpenTimeMs[b], out var ps) ? ps : [];
            Assert.Equal(expected.Length, cols[3][b]);
            var net = expected.Sum(p => p.Print.Side == TakerSide.Buy ? p.Print.Notional : p.Print.Side == TakerSide.Sell ? -p.Print.Notional : 0);
            Assert.Equal(net, cols[2][b], 9);
        }

        Assert.True(covered > 3000, $"{covered} bars covered");
        Assert.True(cols[3].Where(v => !double.IsNaN(v)).Sum() >= large.Length - 2); // all but prints in partially covered edge bars
    }
}
