using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary>
/// The one registry hosts feed models with (<see cref="StoreFeatureSets"/>): the bot's derivatives inputs follow its store
/// (rows stored after a close are used at the next one), a whole series computed at once (the backtest) uses at each bar only
/// the values known at its close, and a pair the store lacks is NaN and named. Synthetic candles and funding rates throughout.
/// </summary>
public sealed class StoreFeatureSetsTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-store-featuresets-").FullName;

    private string Db => Path.Combine(_dir, "cst.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_funding_event_stored_between_two_closes_is_used_at_the_next_close()
    {
        var series = SyntheticCandles.FromCloses([.. Enumerable.Range(0, 48).Select(i => 100.0 + i)], start: Start);
        var key = new DerivativesSeriesKey(series.Exchange, series.Symbol, DerivativesKind.Funding, null);
        Save(key, new FundingRate(Start.AddHours(40), 0.0001m));
        var registry = StoreFeatureSets.Create(Db);
        Assert.True(registry.TryResolve("derivatives", out var sets, out var error), error);

        var before = Funding(sets, series)[^1];
        Save(key, new FundingRate(Start.AddHours(48), 0.0005m));
        var after = Funding(sets, series)[^1];

        Assert.Equal(0.0001, before, 12);
        Assert.Equal(0.0005, after, 12);
    }

    [Fact]
    public void A_funding_value_stamped_after_a_bar_close_is_not_used_for_that_bar_when_the_whole_series_is_computed_at_once()
    {
        // Bar i closes at Start + (i + 1) h. The second synthetic rate becomes known half an hour after bar 14's close.
        var series = SyntheticCandles.FromCloses([.. Enumerable.Range(0, 24).Select(i => 100.0 + i)], start: Start);
        var key = new DerivativesSeriesKey(series.Exchange, series.Symbol, DerivativesKind.Funding, null);
        Save(key, new FundingRate(Start.AddHours(11), 0.0001m));
        Save(key, new FundingRate(Start.AddHours(15.5), 0.0009m));
        Assert.True(StoreFeatureSets.Create(Db).TryResolve("derivatives", out var sets, out var error), error);

        var funding = Funding(sets, series); // as cst backtest does: every bar at once, the store knowing the later value throughout
        Assert.True(double.IsNaN(funding[9]));      // nothing known yet
        Assert.Equal(0.0001, funding[10], 12);       // known at its close
        Assert.Equal(0.0001, funding[14], 12);       // the later value is not known at 15:00
        Assert.Equal(0.0009, funding[15], 12);       // known at 16:00
    }

    [Fact]
    public void A_pair_without_stored_derivatives_has_NaN_columns_and_the_missing_series_are_named()
    {
        var series = SyntheticCandles.FromCloses([.. Enumerable.Range(0, 24).Select(i => 100.0 + i)], start: Start);
        var other = new Symbol("ETH", "USDT");
        Save(new DerivativesSeriesKey(series.Exchange, series.Symbol, DerivativesKind.Funding, null), new FundingRate(Start.AddHours(8), 0.0002m));
        Assert.True(StoreFeatureSets.Create(Db).TryResolve("derivatives", out var sets, out var error), error);

        var (_, values) = FeatureSetRegistry.Compute(sets, SyntheticCandles.FromCloses([.. Enumerable.Range(0, 24).Select(i => 100.0 + i)], start: Start, symbol: other));
        Assert.All(values, column => Assert.All(column, v => Assert.True(double.IsNaN(v))));

        var (from, to) = (Start, Start.AddHours(24));
        var warnings = StoreFeatureSets.MissingInputs(Db, series.Exchange, [series.Symbol, other], Timeframe.H1, from, to);
        Assert.Equal(2, warnings.Count);
        Assert.StartsWith($"binance {series.Symbol}: no open-interest 1h series, no mark 1h series in the store {Db}", warnings[0]);
        Assert.DoesNotContain("funding series", warnings[0]);
        Assert.StartsWith("binance ETH/USDT: no funding series, no open-interest 1h series, no mark 1h series", warnings[1]);
        Assert.Contains("NaN", warnings[1]);

        var missingStore = StoreFeatureSets.MissingInputs(Path.Combine(_dir, "none.db"), series.Exchange, [other], Timeframe.H1, from, to);
        Assert.Contains("does not exist", Assert.Single(missingStore));
        Assert.False(File.Exists(Path.Combine(_dir, "none.db"))); // asking does not create a store
    }

    private static double[] Funding(IReadOnlyList<IFeatureSet> sets, CandleSeries series)
    {
        var (columns, values) = FeatureSetRegistry.Compute(sets, series);
        return values[columns.ToList().IndexOf("deriv_funding")];
    }

    private void Save(DerivativesSeriesKey key, FundingRate rate)
    {
        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = Db });
        Assert.False(store.Derivatives.SaveFunding(key, [rate]).Rejected);
    }
}
