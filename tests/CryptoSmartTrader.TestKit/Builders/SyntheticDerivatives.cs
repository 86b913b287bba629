using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.TestKit.Builders;

/// <summary>
/// Test-only SYNTHETIC perpetual history (seeded random; not market data) for a spot series' venue and pair: a funding event
/// at every close on a multiple of 8 h, open interest at every close and mark bars near the spot close. Never used outside tests.
/// </summary>
public static class SyntheticDerivatives
{
    /// <summary>Writes the synthetic funding, open interest and mark bars for every bar of <paramref name="spot"/> into the store at <paramref name="db"/>.</summary>
    /// <param name="markLeadsSpot">
    /// True: each mark close is the NEXT spot bar's close (a synthetic basis that tells the next return, so a model trained on it is
    /// confident and trades; the last bar keeps its own close). It is stamped at the bar's close like any mark bar: the feature set
    /// sees it there, which is the point (the information is in the synthetic data, not taken from the future by the code).
    /// </param>
    public static void Save(string db, CandleSeries spot, int seed = 20, bool markLeadsSpot = false)
    {
        ArgumentNullException.ThrowIfNull(spot);
        var rng = new Random(seed);
        var (funding, oi, mark) = (new List<FundingRate>(), new List<OpenInterest>(), new List<DerivativesBar>());
        var level = 80_000m;
        for (var i = 0; i < spot.Count; i++)
        {
            var open = DateTimeOffset.FromUnixTimeMilliseconds(spot.OpenTimeMs[i]);
            var close = DateTimeOffset.FromUnixTimeMilliseconds(spot.CloseTimeMs[i]);
            if (close.Hour % 8 == 0) funding.Add(new FundingRate(close, Math.Round((decimal)(rng.NextDouble() - 0.45) * 0.001m, 8)));
            level = Math.Round(level * (1 + (decimal)(rng.NextDouble() - 0.5) * 0.02m), 4);
            oi.Add(new OpenInterest(close, level));
            var reference = markLeadsSpot && i + 1 < spot.Count ? spot.Close[i + 1] : spot.Close[i];
            var m = Math.Round((decimal)reference * (1 + (decimal)(rng.NextDouble() - 0.5) * 0.002m), 6);
            mark.Add(new DerivativesBar(open, close, m, m, m, m));
        }

        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db });
        Check(store.Derivatives.SaveFunding(new DerivativesSeriesKey(spot.Exchange, spot.Symbol, DerivativesKind.Funding, null), funding));
        Check(store.Derivatives.SaveOpenInterest(new DerivativesSeriesKey(spot.Exchange, spot.Symbol, DerivativesKind.OpenInterest, spot.Timeframe), oi));
        Check(store.Derivatives.SavePriceBars(new DerivativesSeriesKey(spot.Exchange, spot.Symbol, DerivativesKind.MarkBars, spot.Timeframe), mark));
    }

    private static void Check(CandleWriteResult result)
    {
        if (result.Rejected) throw new InvalidOperationException($"synthetic derivatives rejected by the store: {result}");
    }
}
