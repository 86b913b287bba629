using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// Candle storage keyed by (exchange, symbol, timeframe, open time). Stored bars are never overwritten: a bar that is
/// already stored with the same values is counted as unchanged, one with different values rejects the whole batch.
/// </summary>
public interface ICandleStore
{
    /// <summary>
    /// Stores the bars of <paramref name="candles"/> in one transaction. Identical bars already stored count as unchanged;
    /// any bar whose stored values differ rejects the batch and nothing is written.
    /// </summary>
    Task<CandleWriteResult> ImportAsync(CandleSeries candles, CancellationToken cancellationToken = default);

    /// <summary>
    /// Bars whose open time lies in [<paramref name="from"/>, <paramref name="to"/>) (null = unbounded), oldest first.
    /// An unknown series loads as an empty series.
    /// </summary>
    Task<CandleSeries> LoadAsync(Exchange exchange, Symbol symbol, Timeframe timeframe, DateTimeOffset? from = null, DateTimeOffset? to = null,
        CancellationToken cancellationToken = default);

    /// <summary>Every stored series with its row count and first/last open time, ordered by exchange, symbol, timeframe.</summary>
    Task<IReadOnlyList<CandleSeriesInfo>> ListSeriesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Open time of the newest stored bar of the series, or null when none is stored. Download resumes from
    /// <c>timeframe.CloseOf(result)</c>: the next bar to fetch opens where the last stored one closes.
    /// This contract is stable; the exchange downloaders depend on it.
    /// </summary>
    Task<DateTimeOffset?> LastOpenTimeAsync(Exchange exchange, Symbol symbol, Timeframe timeframe, CancellationToken cancellationToken = default);
}
