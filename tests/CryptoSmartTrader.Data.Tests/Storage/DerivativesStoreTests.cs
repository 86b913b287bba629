using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Data.Tests.Support;

namespace CryptoSmartTrader.Data.Tests.Storage;

/// <summary>Derivatives series in the SQLite store (synthetic values): known-time keys, refusal of conflicts, gaps kept as gaps.</summary>
public sealed class DerivativesStoreTests
{
    private static readonly Symbol Syn = new("SYN", "USDT");
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DerivativesSeriesKey Funding = new(Exchange.Binance, Syn, DerivativesKind.Funding, null);
    private static readonly DerivativesSeriesKey Oi = new(Exchange.Binance, Syn, DerivativesKind.OpenInterest, Timeframe.H1);
    private static readonly DerivativesSeriesKey Premium = new(Exchange.Htx, Syn, DerivativesKind.PremiumBars, Timeframe.M1);

    [Fact]
    public void Funding_round_trips_exactly_and_repeats_are_no_ops()
    {
        using var temp = new TempFolder();
        using var market = temp.OpenStore();
        var store = market.Derivatives;
        FundingRate[] rates = [new(T0, 0.00010000m, 42000.5m), new(T0.AddHours(8), -0.0002m)];

        Assert.Equal(CandleWriteResult.Ok(2, 0), store.SaveFunding(Funding, rates));
        // The same rate written with fewer trailing zeros is the same value.
        Assert.Equal(CandleWriteResult.Ok(0, 2), store.SaveFunding(Funding, [new(T0, 0.0001m, 42000.5m), rates[1]]));
        Assert.Equal(rates, store.LoadFunding(Funding, T0, T0.AddDays(1)));
        var info = store.Describe(Funding);
        Assert.Equal((2L, T0, T0.AddHours(8)), (info.Rows, info.FirstKnown!.Value, info.LastKnown!.Value));
    }

    [Fact]
    public void A_different_value_for_a_stored_time_is_refused_and_nothing_of_the_batch_is_stored()
    {
        using var temp = new TempFolder();
        using var market = temp.OpenStore();
        var store = market.Derivatives;
        store.SaveFunding(Funding, [new(T0, 0.0001m)]);

        var result = store.SaveFunding(Funding, [new(T0.AddHours(8), 0.0003m), new(T0, 0.0002m)]);

        Assert.True(result.Rejected);
        Assert.Equal(1, result.ConflictIndex);
        Assert.Contains("already stored with different values", result.Error);
        Assert.Equal([new FundingRate(T0, 0.0001m)], store.LoadFunding(Funding, T0, T0.AddDays(1)));
    }

    [Fact]
    public void Two_different_values_for_one_time_in_a_batch_are_refused()
    {
        using var temp = new TempFolder();
        using var market = temp.OpenStore();
        var store = market.Derivatives;

        var result = store.SaveOpenInterest(Oi, [new(T0, 10m), new(T0, 11m)]);

        Assert.True(result.Rejected);
        Assert.Contains("two different values", result.Error);
        Assert.Equal(0, store.Describe(Oi).Rows);
    }

    [Fact]
    public void Bars_are_keyed_by_their_close_and_must_close_on_the_timeframe()
    {
        using var temp = new TempFolder();
        using var market = temp.OpenStore();
        var store = market.Derivatives;
        var bar = new DerivativesBar(T0, T0.AddMinutes(1), -0.0004m, -0.0002m, -0.0006m, -0.0005m);

        Assert.Equal(1, store.SavePriceBars(Premium, [bar]).Inserted);
        Assert.Empty(store.LoadPriceBars(Premium, T0, T0.AddMinutes(1))); // closes at T0+1m: not known before
        Assert.Equal([bar], store.LoadPriceBars(Premium, T0.AddMinutes(1), T0.AddMinutes(2)));

        var wrong = store.SavePriceBars(Premium, [bar with { OpenTime = T0.AddMinutes(1), CloseTime = T0.AddMinutes(3) }]);
        Assert.True(wrong.Rejected);
        Assert.Contains("must close at", wrong.Error);
    }

    [Fact]
    public void Series_are_separate_by_exchange_kind_and_interval()
    {
        using var temp = new TempFolder();
        using var market = temp.OpenStore();
        var store = market.Derivatives;
        store.SaveOpenInterest(Oi, [new(T0, 10m, 1000m)]);
        store.SaveOpenInterest(Oi with { Interval = Timeframe.H4 }, [new(T0, 12m)]);

        Assert.Equal([new OpenInterest(T0, 10m, 1000m)], store.LoadOpenInterest(Oi, T0, T0.AddDays(1)));
        Assert.Equal(2, store.ListDerivativesSeries().Count);
    }

    [Fact]
    public void Fixed_interval_gaps_count_the_missing_periods()
    {
        DateTimeOffset[] stamps = [T0, T0.AddHours(1), T0.AddHours(4), T0.AddHours(5)];

        var gap = Assert.Single(DerivativesGaps.Find(stamps, DerivativesGaps.ExpectedSpacing(stamps, Timeframe.H1)!.Value));

        Assert.Equal(new DerivativesGap(T0.AddHours(1), T0.AddHours(4), 2), gap);
    }

    [Fact]
    public void Funding_gaps_are_measured_against_the_most_common_spacing()
    {
        DateTimeOffset[] stamps = [T0, T0.AddHours(8), T0.AddHours(16), T0.AddHours(32), T0.AddHours(40)];

        var spacing = DerivativesGaps.ExpectedSpacing(stamps, null)!.Value;

        Assert.Equal(TimeSpan.FromHours(8), spacing);
        Assert.Equal([new DerivativesGap(T0.AddHours(16), T0.AddHours(32), 1)], DerivativesGaps.Find(stamps, spacing));
    }
}
