using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Derivatives;

public sealed class DerivativesServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Configured_base_url_reaches_the_loopback_and_clients_are_reused()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapRecorded("Binance/Endpoints/UsdFutures/ExchangeData/GetFundingRates.txt");
        var services = new ServiceCollection();
        services.AddDerivativesClients(o => o.Binance.RestBaseUrl = server.BaseUrl); // real clock: both recorded events are long settled
        await using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<IDerivativesDataClientFactory>();
        var client = factory.Get(Exchange.Binance);
        var rates = await client.GetFundingHistoryAsync(new Symbol("BTC", "USDT"), DateTimeOffset.FromUnixTimeMilliseconds(1698768000000),
            DateTimeOffset.FromUnixTimeMilliseconds(1698800000000));

        Assert.Equal(2, rates.Value.Count);
        Assert.Same(client, factory.Get(Exchange.Binance));
        Assert.Equal(Exchange.Kraken, factory.Get(Exchange.Kraken).Exchange);
    }

    [Fact]
    public void Defaults_point_at_the_venues_public_derivatives_hosts()
    {
        var o = new DerivativesClientsOptions();

        Assert.Equal(["fapi.binance.com", "api.hbdm.com", "api-futures.kucoin.com", "futures.kraken.com"],
            new[] { o.Binance, o.Htx, o.KuCoin, o.Kraken }.Select(x => x.RestBaseUrl.Host));
        Assert.Throws<ArgumentException>(() => o.For(Exchange.Parse("bitstamp")));
    }
}
