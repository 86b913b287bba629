using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>One venue's raw signed calls; <see cref="ExchangeAccount"/> adds the permission guard and unknown-outcome resolution.</summary>
internal interface IVenueAccount
{
    Exchange Exchange { get; }

    /// <summary>
    /// After this long from sending, the venue can no longer accept the request (Binance recvWindow, Kraken deadline,
    /// KuCoin/HTX timestamp tolerance), so an order not found by then was never placed.
    /// </summary>
    TimeSpan AcceptanceWindow { get; }

    Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken);

    Task<ExchangeResult<OrderSnapshot>> SubmitOrderAsync(OrderRequest request, DateTimeOffset sentAt, CancellationToken cancellationToken);

    Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken);

    Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken);

    Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken);

    Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken);

    Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken);
}
