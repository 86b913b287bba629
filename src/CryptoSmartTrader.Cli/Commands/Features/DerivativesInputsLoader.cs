using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;
using CryptoSmartTrader.Features.Derivatives;
using CryptoSmartTrader.Research.Session;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>
/// Reads a spot pair's perpetual history for the <c>derivatives</c> set from the store at <paramref name="db"/> (the same reading
/// as the notebooks' <c>session.Derivatives</c>). Null when the store holds none of it (a spot-only pair) or does not exist.
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
        return ResearchDerivatives.LoadInputs(store.Derivatives, venue, pair, tf);
    }
}
