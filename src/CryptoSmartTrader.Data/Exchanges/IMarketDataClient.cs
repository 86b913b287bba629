using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>
/// Public market data from one venue. Every call returns a result: venue rejections, HTTP failures, rate limits,
/// open circuits and malformed payloads come back as <see cref="ExchangeError"/> rather than exceptions.
/// </summary>
public interface IMarketDataClient
{
    Exchange Exchange { get; }

    /// <summary>All spot instruments with precision, minimums and status.</summary>
    Task<ExchangeResult<IReadOnlyList<MarketInfo>>> GetMarketsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Closed candles with open time in [<paramref name="since"/>, <paramref name="until"/>), ascending, paginated as the venue requires.
    /// The still-open candle is never returned and missing bars are never filled.
    /// </summary>
    Task<ExchangeResult<IReadOnlyList<Candle>>> GetCandlesAsync(Symbol symbol, Timeframe timeframe, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default);

    Task<ExchangeResult<Ticker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default);

    /// <summary>24h tickers for every pair the venue lists (pairs whose id cannot be mapped are skipped).</summary>
    Task<ExchangeResult<IReadOnlyList<Ticker>>> GetTickersAsync(CancellationToken cancellationToken = default);

    /// <summary>An L2 snapshot, at most <paramref name="depth"/> levels per side, validated (sorted, positive, uncrossed).</summary>
    Task<ExchangeResult<OrderBook>> GetOrderBookAsync(Symbol symbol, int depth, CancellationToken cancellationToken = default);

    /// <summary>The most recent public trades, oldest first, with the taker side.</summary>
    Task<ExchangeResult<IReadOnlyList<Trade>>> GetRecentTradesAsync(Symbol symbol, int limit, CancellationToken cancellationToken = default);
}
