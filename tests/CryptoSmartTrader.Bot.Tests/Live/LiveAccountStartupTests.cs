using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.Logging.Abstractions;

namespace CryptoSmartTrader.Bot.Tests.Live;

/// <summary>Live start-up: keys from the environment, then the permission check; every refusal is a sentence without the key.</summary>
public sealed class LiveAccountStartupTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string? Planted(string name) => name switch
    {
        "CST_BINANCE_API_KEY" => LiveTestAccounts.PlantedKey,
        "CST_BINANCE_API_SECRET" => LiveTestAccounts.PlantedSecret,
        _ => null,
    };

    private Task<(Data.Exchanges.Private.IExchangeAccount? Account, string? Refusal)> Open(Func<string, string?> environment) =>
        LiveAccountStartup.OpenAsync(Exchange.Binance, new LiveOptions { RestBaseUrl = _server.BaseUrl }, environment, TimeProvider.System,
            NullLogger.Instance, CancellationToken.None);

    [Fact]
    public async Task Without_keys_live_mode_is_refused_naming_the_variables()
    {
        var (account, refusal) = await Open(_ => null);
        Assert.Null(account);
        Assert.Contains("CST_BINANCE_API_KEY", refusal, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task The_recorded_restrictions_without_trading_permission_are_refused()
    {
        _server.MapRecorded("Binance/Endpoints/Spot/Account", "GetAPIKeyPermissions.txt"); // enableSpotAndMarginTrading: false
        var (account, refusal) = await Open(Planted);
        Assert.Null(account);
        Assert.Contains("lacks trading permission", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(LiveTestAccounts.PlantedKey, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_that_can_withdraw_is_refused()
    {
        _server.MapJson("/sapi/v1/account/apiRestrictions", Restrictions(trade: true, withdraw: true));
        var (account, refusal) = await Open(Planted);
        Assert.Null(account);
        Assert.Contains("withdrawal permission", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_trade_only_key_opens_the_account()
    {
        _server.MapJson("/sapi/v1/account/apiRestrictions", Restrictions(trade: true, withdraw: false));
        var (account, refusal) = await Open(Planted);
        Assert.Null(refusal);
        Assert.NotNull(account);
    }

    /// <summary>The recorded apiRestrictions payload with the two permissions set as asked.</summary>
    public static string Restrictions(bool trade, bool withdraw) => $$"""
        {"ipRestrict":false,"createTime":1698645219000,"enableInternalTransfer":false,"enableFutures":false,"enablePortfolioMarginTrading":false,
         "enableVanillaOptions":false,"permitsUniversalTransfer":false,"enableReading":true,"enableSpotAndMarginTrading":{{(trade ? "true" : "false")}},
         "enableWithdrawals":{{(withdraw ? "true" : "false")}},"enableMargin":false}
        """;
}
