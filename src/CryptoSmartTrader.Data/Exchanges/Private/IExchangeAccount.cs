using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>
/// A venue account behind signed, private APIs. Orders carry our client order id, so an order of unknown outcome is
/// found again by that id instead of being resent. Every failure is an <see cref="ExchangeError"/> result.
/// </summary>
public interface IExchangeAccount
{
    Exchange Exchange { get; }

    Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Places the order once. A timeout or dropped connection is resolved by querying the client order id, never by
    /// resending; the placement says whether the order is at the venue, definitely not, or still unknown.
    /// </summary>
    Task<ExchangeResult<OrderPlacement>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken = default);

    Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken = default);

    Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken = default);

    /// <summary>Open orders, for one symbol or (null) all symbols where the venue allows it.</summary>
    Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken = default);

    Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>The key's permissions where the venue reports them; <see cref="PermissionState.Unknown"/> otherwise.</summary>
    Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Null when the key may trade; otherwise why not (withdrawal permission, no trade permission, or the check itself
    /// failed). Call at start-up to refuse to start; <see cref="PlaceOrderAsync"/> also runs it before the first order.
    /// </summary>
    Task<ExchangeError?> EnsureTradingAllowedAsync(CancellationToken cancellationToken = default);
}
