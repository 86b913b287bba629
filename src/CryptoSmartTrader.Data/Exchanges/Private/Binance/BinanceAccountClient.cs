using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Exchanges.Private.Signing;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;
using static CryptoSmartTrader.Data.Exchanges.Private.Signing.Wire;

namespace CryptoSmartTrader.Data.Exchanges.Private.Binance;

/// <summary>Binance spot SIGNED endpoints. Our client order id travels as <c>newClientOrderId</c>.</summary>
internal sealed class BinanceAccountClient(SignedTransport transport, ApiCredentials credentials, TimeProvider time, TimeSpan recvWindow)
    : IVenueAccount
{
    public Exchange Exchange => Exchange.Binance;

    public TimeSpan AcceptanceWindow => recvWindow;

    public async Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v3/account";
        var r = await Send(HttpMethod.Get, endpoint, [P("omitZeroBalances", "true")], 20, false, cancellationToken).ConfigureAwait(false);
        return transport.Parse(endpoint, r, BinanceAccountParser.Balances);
    }

    public async Task<ExchangeResult<OrderSnapshot>> SubmitOrderAsync(OrderRequest request, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v3/order";
        if (!IsValidClientId(request.ClientOrderId, 36, "._-:/"))
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "client-order-id",
                $"clientOrderId '{request.ClientOrderId}': Binance accepts 1-36 characters from letters, digits and . _ - : /", endpoint);
        }

        var p = new List<KeyValuePair<string, string>>
        {
            P("symbol", request.Symbol.ToNative(Exchange)), P("side", request.Side == OrderSide.Buy ? "BUY" : "SELL"),
            P("type", TypeOf(request)), P("quantity", Dec(request.Quantity)), P("newClientOrderId", request.ClientOrderId),
            P("newOrderRespType", "FULL"),
        };
        if (request.LimitPrice is { } price) p.Add(P("price", Dec(price)));
        if (request.StopPrice is { } stop) p.Add(P("stopPrice", Dec(stop)));
        if (request.Type is OrderType.Limit or OrderType.StopLimit && !request.PostOnly)
        {
            p.Add(P("timeInForce", request.TimeInForce switch { TimeInForce.Ioc => "IOC", TimeInForce.Fok => "FOK", _ => "GTC" }));
        }

        var r = await Send(HttpMethod.Post, endpoint, p, 1, true, cancellationToken, sentAt).ConfigureAwait(false);
        return transport.Parse(endpoint, r, root => BinanceAccountParser.Order(root, string.Empty));
    }

    public async Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v3/order";
        var r = await Send(HttpMethod.Delete, endpoint, [P("symbol", symbol.ToNative(Exchange)), P("origClientOrderId", clientOrderId)], 1, true,
            cancellationToken).ConfigureAwait(false);
        return transport.Parse(endpoint, r, root => BinanceAccountParser.Order(root, string.Empty));
    }

    public async Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v3/order";
        var r = await Send(HttpMethod.Get, endpoint, [P("symbol", symbol.ToNative(Exchange)), P("origClientOrderId", clientOrderId)], 4, false,
            cancellationToken).ConfigureAwait(false);
        return transport.Parse(endpoint, r, root => BinanceAccountParser.Order(root, string.Empty));
    }

    public async Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v3/openOrders";
        List<KeyValuePair<string, string>> p = symbol is { } s ? [P("symbol", s.ToNative(Exchange))] : [];
        var r = await Send(HttpMethod.Get, endpoint, p, symbol is null ? 80 : 6, false, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<OrderSnapshot>>(Exchange, endpoint, r, root =>
            [.. Array(root, string.Empty).EnumerateArray().Select((o, i) => BinanceAccountParser.Order(o, $"[{i}]"))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v3/myTrades";
        var r = await Send(HttpMethod.Get, endpoint,
            [P("symbol", symbol.ToNative(Exchange)), P("startTime", Inv(since.ToUnixTimeMilliseconds())), P("limit", "1000")], 20, false,
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<AccountTrade>>(Exchange, endpoint, r, root =>
            [.. Array(root, string.Empty).EnumerateArray().Select((t, i) => BinanceAccountParser.Trade(t, $"[{i}]")).OrderBy(t => t.Time)]);
    }

    public async Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/sapi/v1/account/apiRestrictions";
        var r = await Send(HttpMethod.Get, endpoint, [], 1, false, cancellationToken).ConfigureAwait(false);
        return transport.Parse(endpoint, r, BinanceAccountParser.Permissions);
    }

    private Task<ExchangeResult<System.Text.Json.JsonDocument>> Send(HttpMethod method, string endpoint, IReadOnlyList<KeyValuePair<string, string>> parameters,
        int weight, bool isWrite, CancellationToken cancellationToken, DateTimeOffset? stamp = null) =>
        transport.SendAsync(() =>
        {
            // The timestamp of a write is the one the acceptance window is measured from.
            var ts = (stamp ?? time.GetUtcNow()).ToUnixTimeMilliseconds();
            var query = Form([.. parameters, P("recvWindow", Inv((long)recvWindow.TotalMilliseconds)), P("timestamp", Inv(ts))]);
            var signature = BinanceSigner.Sign(credentials.ApiSecret.Reveal(), query);
            return new SignedRequest(method, $"{endpoint}?{query}&signature={signature}", [P("X-MBX-APIKEY", credentials.ApiKey.Reveal())]);
        }, endpoint, weight, isWrite, cancellationToken);

    private static string TypeOf(OrderRequest r) => r.Type switch
    {
        OrderType.Market => "MARKET",
        OrderType.Limit => r.PostOnly ? "LIMIT_MAKER" : "LIMIT",
        OrderType.StopMarket => "STOP_LOSS",
        _ => "STOP_LOSS_LIMIT",
    };
}
