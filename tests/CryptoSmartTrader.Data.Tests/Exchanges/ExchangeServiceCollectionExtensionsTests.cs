using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace CryptoSmartTrader.Data.Tests.Exchanges;

public sealed class ExchangeServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Configured_base_url_reaches_the_loopback_and_clients_are_reused()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.MapRecorded("Binance/Endpoints/Spot/ExchangeData/GetTicker.txt");
        var services = new ServiceCollection();
        services.AddExchangeClients(o => o.Binance.RestBaseUrl = server.BaseUrl); // real clock: the 15 s default timeout is never reached
        await using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<IMarketDataClientFactory>();
        var client = factory.Get(Exchange.Binance);
        var ticker = await client.GetTickerAsync(new Symbol("BNB", "BTC"));

        Assert.True(ticker.IsSuccess, ticker.ToString());
        Assert.Same(client, factory.Get(Exchange.Binance));
        Assert.Equal(Exchange.Kraken, factory.Get(Exchange.Kraken).Exchange);
    }

    [Fact]
    public void Defaults_point_at_the_venues_public_endpoints()
    {
        var o = new ExchangeClientsOptions();
        Assert.Equal("api.kraken.com", o.Kraken.RestBaseUrl.Host);
        Assert.Equal("api.binance.com", o.Binance.RestBaseUrl.Host);
        Assert.Equal("api.kucoin.com", o.KuCoin.RestBaseUrl.Host);
        Assert.Equal("api.huobi.pro", o.Htx.RestBaseUrl.Host);
        Assert.Throws<ArgumentException>(() => o.For(Exchange.Parse("bitstamp")));
    }
}
