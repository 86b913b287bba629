using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Bot.Tests.Strategies;

/// <summary>The bot's derivatives inputs follow its store: rows stored after a close are used at the next one (the inputs are kept between closes only while the store's series are unchanged).</summary>
public sealed class StoreFeatureSetsTests
{
    [Fact]
    public void A_funding_event_stored_between_two_closes_is_used_at_the_next_close()
    {
        // Synthetic candles and funding rates (test data, not market data).
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var series = SyntheticCandles.FromCloses([.. Enumerable.Range(0, 48).Select(i => 100.0 + i)], start: start);
        var key = new DerivativesSeriesKey(series.Exchange, series.Symbol, DerivativesKind.Funding, null);
        var db = Path.Combine(Directory.CreateTempSubdirectory("cst-bot-featuresets-").FullName, "cst.db");
        Save(db, key, new FundingRate(start.AddHours(40), 0.0001m));
        var registry = StoreFeatureSets.Create(db);
        Assert.True(registry.TryResolve("derivatives", out var sets, out var error), error);

        var before = LastFunding(sets, series);
        Save(db, key, new FundingRate(start.AddHours(48), 0.0005m));
        var after = LastFunding(sets, series);

        Assert.Equal(0.0001, before, 12);
        Assert.Equal(0.0005, after, 12);
    }

    private static double LastFunding(IReadOnlyList<IFeatureSet> sets, CandleSeries series)
    {
        var (columns, values) = FeatureSetRegistry.Compute(sets, series);
        return values[columns.ToList().IndexOf("deriv_funding")][^1];
    }

    private static void Save(string db, DerivativesSeriesKey key, FundingRate rate)
    {
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db });
        Assert.False(store.Derivatives.SaveFunding(key, [rate]).Rejected);
    }
}
