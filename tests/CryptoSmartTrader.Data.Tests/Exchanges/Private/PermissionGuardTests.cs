using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

public sealed class PermissionGuardTests
{
    [Theory]
    [InlineData(PermissionState.Granted, PermissionState.Denied, null)]
    [InlineData(PermissionState.Granted, PermissionState.Unknown, null)]
    [InlineData(PermissionState.Unknown, PermissionState.Unknown, null)]
    [InlineData(PermissionState.Granted, PermissionState.Granted, "withdrawal-permission")]
    [InlineData(PermissionState.Denied, PermissionState.Denied, "no-trade-permission")]
    public void Withdrawal_or_missing_trade_permission_is_refused(PermissionState trade, PermissionState withdraw, string? code)
    {
        var e = PermissionGuard.Check(Exchange.Htx, new KeyPermissions(trade, withdraw, []));
        Assert.Equal(code, e?.Code);
        if (e is not null) Assert.Equal(ExchangeErrorKind.PermissionDenied, e.Kind);
    }
}
