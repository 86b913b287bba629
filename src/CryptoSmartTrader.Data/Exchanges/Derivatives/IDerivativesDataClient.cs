using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// Public perpetual-swap data from one venue (USDT-margined linear perpetuals, Kraken's multi-collateral PF_ contracts).
/// Every call returns a result; what a venue does not offer comes back as <see cref="ExchangeErrorKind.Unsupported"/>.
/// Only values already known at the client's clock are returned, and gaps are never filled.
/// </summary>
public interface IDerivativesDataClient
{
    Exchange Exchange { get; }

    /// <summary>Settled funding events with funding time in [<paramref name="since"/>, <paramref name="until"/>), ascending.</summary>
    Task<ExchangeResult<IReadOnlyList<FundingRate>>> GetFundingHistoryAsync(Symbol symbol, DateTimeOffset since, DateTimeOffset? until = null,
        CancellationToken cancellationToken = default);

    /// <summary>Open interest sampled every <paramref name="period"/>, with period end in (<paramref name="since"/>, <paramref name="until"/>], ascending.</summary>
    Task<ExchangeResult<IReadOnlyList<OpenInterest>>> GetOpenInterestHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since,
        DateTimeOffset? until = null, CancellationToken cancellationToken = default);

    /// <summary>Closed mark/index/premium bars with open time in [<paramref name="since"/>, <paramref name="until"/>), ascending.</summary>
    Task<ExchangeResult<IReadOnlyList<DerivativesBar>>> GetPriceBarsAsync(Symbol symbol, PriceBarKind kind, Timeframe timeframe,
        DateTimeOffset since, DateTimeOffset? until = null, CancellationToken cancellationToken = default);

    /// <summary>The venue's published perpetual–index basis per <paramref name="period"/>, with period end in (<paramref name="since"/>, <paramref name="until"/>], ascending.</summary>
    Task<ExchangeResult<IReadOnlyList<BasisPoint>>> GetBasisHistoryAsync(Symbol symbol, Timeframe period, DateTimeOffset since, DateTimeOffset? until = null,
        CancellationToken cancellationToken = default);

    /// <summary>The current perpetual snapshot (mark, index, funding, open interest).</summary>
    Task<ExchangeResult<DerivativesTicker>> GetTickerAsync(Symbol symbol, CancellationToken cancellationToken = default);
}
