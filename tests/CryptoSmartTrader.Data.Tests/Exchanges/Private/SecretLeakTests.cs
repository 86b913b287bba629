using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

/// <summary>A planted key and secret go through success and error paths of every venue; no log line may contain them.</summary>
public sealed class SecretLeakTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Planted_credentials_never_appear_in_logs()
    {
        var logger = new CapturingLogger();
        _server.MapJson("/api/v3/order", """{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}""", 401);
        _server.MapJson("/api/v3/account", "not json");
        _server.MapJson("/0/private/AddOrder", """{"error":["EAPI:Invalid key"]}""");
        _server.Map("/0/private/BalanceEx", Reply.Status(500));
        _server.MapJson("/api/v1/orders", """{"code":"400005","msg":"Invalid KC-API-SIGN"}""");
        _server.MapJson("/v1/account/accounts", """{"status":"error","err-code":"api-signature-not-valid","err-msg":"Signature not valid"}""");
        var time = new FastForwardTimeProvider(DateTimeOffset.UnixEpoch);
        foreach (var exchange in Exchange.Supported)
        {
            var account = PrivateTestAccounts.Create(exchange, _server, time, o => o.UnknownOutcome.MaxQueries = 2, logger);
            var request = new OrderRequest("leak-1", exchange, new Symbol("BTC", "USDT"), OrderSide.Buy, OrderType.Limit, 1m, 1m);
            _ = await account.PlaceOrderAsync(request);
            _ = await account.GetBalancesAsync();
            _ = await account.GetOrderAsync(request.Symbol, "leak-1");
            _ = await account.GetKeyPermissionsAsync();
        }

        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedKey, logger.All);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedSecret, logger.All);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedPassphrase, logger.All);
    }

    [Fact]
    public void Secret_and_credentials_print_redacted()
    {
        var c = PrivateTestAccounts.Credentials;
        Assert.Equal("***", c.ApiKey.ToString());
        Assert.DoesNotContain(PrivateTestAccounts.PlantedKey, c.ToString());
        Assert.DoesNotContain(PrivateTestAccounts.PlantedSecret, $"{c} {c.ApiSecret} {c.Passphrase}");
    }

    [Fact]
    public void Empty_secret_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Secret("  "));
        Assert.Contains("non-empty", ex.Message);
    }
}
