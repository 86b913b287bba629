using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>
/// The venue-neutral account: checks the key's permissions once before the first order (refusing keys that can
/// withdraw), sends each order exactly once and resolves lost responses by client order id.
/// </summary>
internal sealed class ExchangeAccount(IVenueAccount venue, UnknownOutcomeOptions outcome, bool guardPermissions, TimeProvider time, ILogger logger)
    : IExchangeAccount
{
    private readonly UnknownOutcomeResolver _resolver = new(venue, outcome, time, logger);
    private readonly SemaphoreSlim _guardGate = new(1, 1);
    private bool _guardPassed;

    public Exchange Exchange => venue.Exchange;

    public Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken = default) =>
        venue.GetBalancesAsync(cancellationToken);

    public async Task<ExchangeResult<OrderPlacement>> PlaceOrderAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Exchange != venue.Exchange)
        {
            return new ExchangeError(venue.Exchange, ExchangeErrorKind.Unsupported, "wrong-exchange",
                $"order {request.ClientOrderId} is for {request.Exchange}, not {venue.Exchange}");
        }

        if (guardPermissions && await EnsureTradingAllowedAsync(cancellationToken).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }

        var sentAt = time.GetUtcNow();
        var placed = await venue.SubmitOrderAsync(request, sentAt, cancellationToken).ConfigureAwait(false);
        if (placed.IsSuccess)
        {
            return OrderPlacement.Placed(placed.Value);
        }

        if (UnknownOutcomeResolver.IsUnknownOutcome(placed.Error))
        {
            return await _resolver.ResolveAsync(request, sentAt, placed.Error, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("{Exchange} order {ClientOrderId} rejected: {Kind} {Code}", venue.Exchange, request.ClientOrderId,
            placed.Error.Kind, placed.Error.Code);
        return OrderPlacement.NotPlaced(placed.Error);
    }

    public async Task<ExchangeError?> EnsureTradingAllowedAsync(CancellationToken cancellationToken = default)
    {
        await _guardGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_guardPassed)
            {
                return null;
            }

            var permissions = await venue.GetKeyPermissionsAsync(cancellationToken).ConfigureAwait(false);
            if (!permissions.IsSuccess)
            {
                return permissions.Error with { Message = $"cannot verify the API key's permissions: {permissions.Error.Message}" };
            }

            var refusal = PermissionGuard.Check(venue.Exchange, permissions.Value);
            _guardPassed = refusal is null;
            return refusal;
        }
        finally
        {
            _guardGate.Release();
        }
    }

    public Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken = default) =>
        venue.CancelOrderAsync(symbol, clientOrderId, cancellationToken);

    public Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken = default) =>
        venue.GetOrderAsync(symbol, clientOrderId, cancellationToken);

    public Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken = default) =>
        venue.GetOpenOrdersAsync(symbol, cancellationToken);

    public Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        venue.GetTradesAsync(symbol, since, cancellationToken);

    public Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken = default) =>
        venue.GetKeyPermissionsAsync(cancellationToken);
}
