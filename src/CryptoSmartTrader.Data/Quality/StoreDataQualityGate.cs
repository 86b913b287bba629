using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// The trading kernel's gate over the store: loads the <see cref="DataQualityOptions.GateWindowBars"/> bars before
/// <c>asOf</c>, compares with the first reference venue that holds the same pair and timeframe, and returns the verdict.
/// </summary>
public sealed class StoreDataQualityGate(ICandleStore store, DataQualityOptions options) : IDataQualityGate
{
    public DataQualityVerdict Evaluate(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset asOf) =>
        Report(exchange, symbol, timeframe, asOf).ToVerdict();

    /// <summary>The full report behind <see cref="Evaluate"/>.</summary>
    public DataQualityReport Report(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset asOf)
    {
        var from = timeframe.IsFixed ? asOf - timeframe.Duration * options.GateWindowBars : asOf.AddMonths(-options.GateWindowBars);
        var series = Load(exchange, symbol, timeframe, from, asOf);
        CandleSeries? reference = null;
        foreach (var venue in options.ReferenceExchanges.Where(v => v != exchange))
        {
            var candidate = Load(venue, symbol, timeframe, from, asOf);
            if (!candidate.IsEmpty)
            {
                reference = candidate;
                break;
            }
        }

        return DataQuality.Analyze(series, asOf, options, reference);
    }

    // IDataQualityGate is synchronous by design (the kernel consults it inside a bar step); the SQLite store completes synchronously.
    private CandleSeries Load(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset from, DateTimeOffset to) =>
        store is SqliteMarketStore sqlite
            ? sqlite.Load(exchange, symbol, timeframe, from, to)
            : store.LoadAsync(exchange, symbol, timeframe, from, to).GetAwaiter().GetResult();
}
