using CryptoSmartTrader.Bot.MarketData;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Bot.Tests.MarketData;

public sealed class GapBookTests
{
    private static readonly Symbol Btc = new("BTC", "USDT");
    private static readonly DateTimeOffset T = new(2024, 3, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_block_applies_from_the_close_it_was_found_at_until_its_end_and_not_before()
    {
        var recorded = new List<(Symbol, DateTimeOffset, DateTimeOffset, string)>();
        var gaps = new GapBook(Exchange.Binance, Timeframe.H1, [Btc]) { Recorded = (s, f, u, r) => recorded.Add((s, f, u, r)) };

        gaps.Block(0, T, T.AddHours(24), "missing bar");

        Assert.Null(gaps.VerdictAt(0, T.AddHours(-1))); // a restart re-runs earlier steps: they were traded unblocked
        Assert.False(gaps.VerdictAt(0, T)!.Tradable);
        Assert.False(gaps.VerdictAt(0, T.AddHours(23))!.Tradable);
        Assert.Null(gaps.VerdictAt(0, T.AddHours(24)));
        Assert.Equal([(Btc, T, T.AddHours(24), "missing bar")], recorded);
    }

    [Fact]
    public void A_restored_block_acts_like_the_original_and_is_not_recorded_again()
    {
        var recorded = 0;
        var gaps = new GapBook(Exchange.Binance, Timeframe.H1, [Btc]) { Recorded = (_, _, _, _) => recorded++ };

        gaps.Restore(0, T, T.AddHours(5), "missing bar");

        Assert.False(gaps.VerdictAt(0, T.AddHours(4))!.Tradable);
        Assert.Null(gaps.VerdictAt(0, T.AddHours(-1)));
        Assert.Equal(0, recorded);
    }
}
