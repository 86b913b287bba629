using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Tests.Support;
using CryptoSmartTrader.TestKit.Builders;
using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Data.Tests.Quality;

public sealed class StoreDataQualityGateTests
{
    private static readonly Symbol Syn = new("SYN", "USDT");

    [Fact]
    public void Gate_reads_the_store_and_turns_stale_data_into_an_untradable_verdict()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        store.Import(SyntheticCandles.RandomWalk(300, symbol: Syn, sigma: 0.002));
        var gate = new StoreDataQualityGate(store, new DataQualityOptions());
        var clock = new ManualTimeProvider(SyntheticCandles.DefaultStart.AddHours(300));

        var fresh = gate.Evaluate(Exchange.Binance, Syn, Timeframe.H1, clock.GetUtcNow());
        Assert.True(fresh.Tradable, string.Join("; ", fresh.Reasons));
        Assert.InRange(fresh.Score, 0.9, 1.0);

        clock.Advance(TimeSpan.FromHours(5));
        var stale = gate.Evaluate(Exchange.Binance, Syn, Timeframe.H1, clock.GetUtcNow());
        Assert.False(stale.Tradable);
        Assert.StartsWith("stale:", stale.Reasons[0]);

        var unknown = gate.Evaluate(Exchange.Kraken, Syn, Timeframe.H1, clock.GetUtcNow());
        Assert.False(unknown.Tradable);
        Assert.Equal(0, unknown.Score);
    }

    [Fact]
    public void Gate_compares_with_a_reference_venue_holding_the_same_pair()
    {
        using var temp = new TempFolder();
        using var store = temp.OpenStore();
        var closes = Enumerable.Range(0, 100).Select(i => 100.0 + (i % 5)).ToArray();
        store.Import(SyntheticCandles.FromCloses(closes, symbol: Syn));
        var skewed = closes.ToArray();
        skewed[^1] *= 1.10; // the reference venue's newest close is 10 % away
        store.Import(SyntheticCandles.FromCloses(skewed, symbol: Syn, exchange: Exchange.Kraken));
        var options = new DataQualityOptions();
        options.ReferenceExchanges.Add(Exchange.Kraken);

        var report = new StoreDataQualityGate(store, options).Report(Exchange.Binance, Syn, Timeframe.H1, SyntheticCandles.DefaultStart.AddHours(100));
        Assert.Equal(100, report.CrossExchange!.ComparedBars);
        Assert.Equal(1, report.CrossExchange.DeviatingBars);
        Assert.False(report.Tradable);
        Assert.Contains(report.Reasons, r => r.StartsWith("newest close deviates from kraken", StringComparison.Ordinal));
    }
}
