using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;

namespace CryptoSmartTrader.Data.Tests.Exchanges.Http;

/// <summary>Each venue's documented error shape becomes a typed <see cref="ExchangeError"/> carrying the venue's code and message.</summary>
public sealed class VenueErrorPayloadTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<ExchangeError> TickerError(Exchange exchange)
    {
        var client = TestClients.Create(exchange, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch));
        var result = await client.GetTickerAsync(new Symbol("BTC", "USDT"));
        Assert.False(result.IsSuccess);
        return result.Error;
    }

    [Fact]
    public async Task Kraken_error_array()
    {
        _server.MapJson("/0/public/Ticker", """{"error":["EQuery:Unknown asset pair"]}""");
        var e = await TickerError(Exchange.Kraken);
        Assert.Equal((ExchangeErrorKind.Unsupported, "EQuery", "EQuery:Unknown asset pair"), (e.Kind, e.Code, e.Message));
        Assert.Equal("/0/public/Ticker", e.Endpoint);
    }

    [Fact]
    public async Task Kraken_rate_limit_error_is_typed_as_rate_limited()
    {
        _server.MapJson("/0/public/Ticker", """{"error":["EAPI:Rate limit exceeded"]}""");
        Assert.Equal(ExchangeErrorKind.RateLimited, (await TickerError(Exchange.Kraken)).Kind);
    }

    [Fact]
    public async Task Binance_code_and_msg_with_400()
    {
        _server.MapJson("/api/v3/ticker/24hr", """{"code":-1121,"msg":"Invalid symbol."}""", 400);
        var e = await TickerError(Exchange.Binance);
        Assert.Equal((ExchangeErrorKind.Unsupported, "-1121", "Invalid symbol."), (e.Kind, e.Code, e.Message));
        Assert.Equal(1, _server.CountRequests("/api/v3/ticker/24hr")); // a 4xx is not retried
    }

    [Fact]
    public async Task KuCoin_non_success_code()
    {
        _server.MapJson("/api/v1/market/stats", """{"code":"900001","msg":"Trading pair does not exist"}""");
        var e = await TickerError(Exchange.KuCoin);
        Assert.Equal((ExchangeErrorKind.Venue, "900001", "Trading pair does not exist"), (e.Kind, e.Code, e.Message));
    }

    [Fact]
    public async Task Htx_status_error()
    {
        _server.MapJson("/market/detail/merged", """{"status":"error","err-code":"invalid-parameter","err-msg":"invalid symbol","data":null}""");
        var e = await TickerError(Exchange.Htx);
        Assert.Equal((ExchangeErrorKind.Unsupported, "invalid-parameter", "invalid symbol"), (e.Kind, e.Code, e.Message));
    }

    [Fact]
    public async Task Unsupported_timeframe_is_reported_without_a_request()
    {
        var client = TestClients.Create(Exchange.Htx, _server, new FastForwardTimeProvider(DateTimeOffset.UnixEpoch));
        var result = await client.GetCandlesAsync(new Symbol("BTC", "USDT"), Timeframe.M3, DateTimeOffset.UnixEpoch);
        Assert.Equal(ExchangeErrorKind.Unsupported, result.Error!.Kind);
        Assert.Contains("3m", result.Error.Message);
        Assert.Empty(_server.Requests);
    }
}
