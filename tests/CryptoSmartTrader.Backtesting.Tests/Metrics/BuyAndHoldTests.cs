using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

public sealed class BuyAndHoldTests
{
    private static readonly DateTimeOffset Start = SyntheticCandles.DefaultStart;

    [Fact]
    public void Equal_shares_of_each_symbol_by_hand()
    {
        // 1000 split 500/500: A 100 → 110 → 121, B 50 → 25 → 50 → 550+250 = 800, then 605+500 = 1105.
        var a = SyntheticCandles.FromCloses([100, 110, 121], symbol: new Symbol("AAA", "USDT"));
        var b = SyntheticCandles.FromCloses([50, 25, 50], symbol: new Symbol("BBB", "USDT"));
        var times = Enumerable.Range(1, 3).Select(h => Start.AddHours(h)).ToArray();
        var curve = BuyAndHold.Curve([a, b], times, 1000m);
        Assert.Equal([1000m, 800m, 1105m], curve.Select(c => Math.Round(c.Equity, 8)));
    }

    [Fact]
    public void A_missing_bar_keeps_the_last_close_and_a_late_listing_stays_in_cash()
    {
        var builder = new CandleSeriesBuilder(Exchange.Binance, new Symbol("BBB", "USDT"), Timeframe.H1);
        builder.Add(Candle.Create(Timeframe.H1, Start, 50, 50, 50, 50, 1));
        builder.Add(Candle.Create(Timeframe.H1, Start.AddHours(2), 50, 60, 50, 60, 1));
        var b = builder.Build();
        var late = SyntheticCandles.FromCloses([10, 20], start: Start.AddHours(1), symbol: new Symbol("CCC", "USDT"));
        var a = SyntheticCandles.FromCloses([100, 110, 121], symbol: new Symbol("AAA", "USDT"));
        var times = Enumerable.Range(1, 3).Select(h => Start.AddHours(h)).ToArray();
        var curve = BuyAndHold.Curve([a, b, late], times, 300m);
        // t1: 100 + 100 + 100 (CCC not listed yet) = 300; t2: 110 + 100 (B's last close 50) + 100 (CCC enters at 10) = 310;
        // t3: 121 + 120 + 200 = 441.
        Assert.Equal([300m, 310m, 441m], curve.Select(c => Math.Round(c.Equity, 8)));
    }
}
