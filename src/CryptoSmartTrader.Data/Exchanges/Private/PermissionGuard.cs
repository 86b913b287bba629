using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>
/// Trading needs only the trade permission. A key that can withdraw turns a leaked key into lost funds, so it is refused
/// wherever the venue reports it; where the venue does not, the key is allowed and the unknown is reported.
/// </summary>
public static class PermissionGuard
{
    /// <summary>Null when trading may proceed, otherwise a <see cref="ExchangeErrorKind.PermissionDenied"/> error saying why.</summary>
    public static ExchangeError? Check(Exchange exchange, KeyPermissions permissions)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        if (permissions.Withdraw == PermissionState.Granted)
        {
            return new ExchangeError(exchange, ExchangeErrorKind.PermissionDenied, "withdrawal-permission",
                $"refusing to trade: the {exchange} API key has withdrawal permission ({permissions}); create a key with trading permission only");
        }

        if (permissions.Trade == PermissionState.Denied)
        {
            return new ExchangeError(exchange, ExchangeErrorKind.PermissionDenied, "no-trade-permission",
                $"refusing to trade: the {exchange} API key lacks trading permission ({permissions})");
        }

        return null;
    }
}
