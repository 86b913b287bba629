using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

public sealed class ExchangeAccountServiceCollectionExtensionsTests
{
    [Fact]
    public void Factory_resolves_and_reports_missing_credentials()
    {
        using var sp = new ServiceCollection()
            .AddSingleton(new CredentialStore(_ => null, "/nonexistent/cst-keys.json"))
            .AddExchangeAccounts().BuildServiceProvider();

        var result = sp.GetRequiredService<IExchangeAccountFactory>().Get(Exchange.Htx);
        Assert.Equal(ExchangeErrorKind.MissingCredentials, result.Error!.Kind);
        Assert.Contains("does not exist", result.Error.Message);
    }

    [Fact]
    public async Task Container_built_account_logs_at_trace_without_the_planted_key()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapJson("/v1/account/accounts", """{"status":"ok","data":[{"id":7,"type":"spot","subtype":"","state":"working"}]}""");
        server.Map("/v1/account/accounts/7/balance", Reply.Status(500));
        var logger = new CapturingLogger();
        var env = new Dictionary<string, string>
        {
            ["CST_HTX_API_KEY"] = PrivateTestAccounts.PlantedKey, ["CST_HTX_API_SECRET"] = PrivateTestAccounts.PlantedSecret,
        };
        using var sp = new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new Provider(logger)))
            .AddSingleton(new CredentialStore(env.GetValueOrDefault, null))
            .AddExchangeAccounts(o =>
            {
                o.Connections.Htx = TestClients.Options(server.BaseUrl, x => x.MaxRetries = 0);
                o.GuardPermissions = false;
            })
            .BuildServiceProvider();

        var account = sp.GetRequiredService<IExchangeAccountFactory>().Get(Exchange.Htx).Value;
        var balances = await account.GetBalancesAsync();

        Assert.Equal(ExchangeErrorKind.Http, balances.Error!.Kind);
        Assert.NotEmpty(logger.Lines);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedKey, logger.All);
        Assert.DoesNotContain(PrivateTestAccounts.PlantedSecret, logger.All);
    }

    private sealed class Provider(CapturingLogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose()
        {
        }
    }
}
