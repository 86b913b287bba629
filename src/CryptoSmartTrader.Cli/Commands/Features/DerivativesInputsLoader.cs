using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Derivatives;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>
/// Reads a spot pair's perpetual history for the <c>derivatives</c> set from the store: funding events, open interest sampled
/// at the candle timeframe, and mark-price bars of that timeframe. Null when the store holds none of them (a spot-only pair).
/// </summary>
internal static class DerivativesInputsLoader
{
    public static DerivativesInputs? Load(string db, Exchange venue, Symbol pair, Timeframe tf, TimeProvider time)
    {
        if (!File.Exists(db))
        {
            return null;
        }

        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = db }, time);
        var (from, to) = (DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue.AddYears(-1));
        var funding = store.LoadFunding(new DerivativesSeriesKey(venue, pair, DerivativesKind.Funding, null), from, to)
            .Select(f => new TimedValue(f.FundingTime, (double)f.Rate)).ToArray();
        var oi = store.LoadOpenInterest(new DerivativesSeriesKey(venue, pair, DerivativesKind.OpenInterest, tf), from, to)
            .Select(o => new TimedValue(o.Time, (double)o.Amount)).ToArray();
        var mark = store.LoadPriceBars(new DerivativesSeriesKey(venue, pair, DerivativesKind.MarkBars, tf), from, to)
            .Select(b => new TimedValue(b.CloseTime, (double)b.Close)).ToArray();
        return funding.Length + oi.Length + mark.Length == 0 ? null : new DerivativesInputs(funding, oi, mark);
    }
}
