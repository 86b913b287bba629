using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Exchanges.Private;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Private;

public sealed class ExchangeAccountServiceCollectionExtensionsTests
{
    [Fact]
    public void Factory_resolves_and_reports_missing_credentials()
    {
        using var sp = new ServiceCollection().AddExchangeAccounts(o => o.SecretsFile = "/nonexistent/cst-keys.json").BuildServiceProvider();
        var factory = sp.GetRequiredService<IExchangeAccountFactory>();

        var result = factory.Get(Exchange.Htx);
        Assert.Equal(ExchangeErrorKind.MissingCredentials, result.Error!.Kind);
    }
}
