using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Exchanges.Private.Signing;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;
using static CryptoSmartTrader.Data.Exchanges.Private.Signing.Wire;

namespace CryptoSmartTrader.Data.Exchanges.Private.KuCoin;

/// <summary>KuCoin spot private REST with key version 2 (signed passphrase). Our client order id travels as <c>clientOid</c>.</summary>
internal sealed class KuCoinAccountClient(SignedTransport transport, ApiCredentials credentials, TimeProvider time, TimeSpan window) : IVenueAccount
{
    public Exchange Exchange => Exchange.KuCoin;

    public TimeSpan AcceptanceWindow => window;

    public async Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/accounts";
        return transport.Parse(endpoint, await Send(HttpMethod.Get, endpoint + "?type=trade", null, false, cancellationToken).ConfigureAwait(false),
            KuCoinAccountParser.Balances);
    }

    public async Task<ExchangeResult<OrderSnapshot>> SubmitOrderAsync(OrderRequest request, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/orders";
        if (request.Type is not (OrderType.Limit or OrderType.Market) || !IsValidClientId(request.ClientOrderId, 40, "_-"))
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "order", $"KuCoin spot orders here are limit or market with a clientOid of 1-40 letters, digits, _ or -; got {request.Type} '{request.ClientOrderId}'", endpoint);
        }

        var body = new Dictionary<string, object>
        {
            ["clientOid"] = request.ClientOrderId, ["side"] = request.Side == OrderSide.Buy ? "buy" : "sell",
            ["symbol"] = request.Symbol.ToNative(Exchange), ["type"] = request.Type == OrderType.Limit ? "limit" : "market", ["size"] = Dec(request.Quantity),
        };
        if (request.LimitPrice is { } price)
        {
            body["price"] = Dec(price);
            body["timeInForce"] = request.TimeInForce switch { TimeInForce.Ioc => "IOC", TimeInForce.Fok => "FOK", _ => "GTC" };
            body["postOnly"] = request.PostOnly;
        }

        var r = await Send(HttpMethod.Post, endpoint, JsonSerializer.Serialize(body), true, cancellationToken, sentAt).ConfigureAwait(false);
        return transport.Parse(endpoint, r, root => new OrderSnapshot(Exchange, request.Symbol, request.ClientOrderId,
            String(KuCoinAccountParser.Data(root), "orderId", "data"), request.Side, request.Type, OrderStatus.New, request.Quantity, 0m,
            request.LimitPrice, null, sentAt));
    }

    public async Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/order/client-order";
        var r = await Send(HttpMethod.Delete, $"{endpoint}/{Uri.EscapeDataString(clientOrderId)}", null, true, cancellationToken).ConfigureAwait(false);
        var done = transport.Parse(endpoint, r, root => String(KuCoinAccountParser.Data(root), "clientOid", "data"));
        return done.IsSuccess ? await GetOrderAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false) : done.Error;
    }

    public async Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/order/client-order";
        var r = await Send(HttpMethod.Get, $"{endpoint}/{Uri.EscapeDataString(clientOrderId)}", null, false, cancellationToken).ConfigureAwait(false);
        return transport.Parse(endpoint, r, root => KuCoinAccountParser.Order(KuCoinAccountParser.Data(root), "data"));
    }

    public async Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/orders";
        var query = symbol is { } s ? $"?status=active&symbol={s.ToNative(Exchange)}" : "?status=active";
        var r = await Send(HttpMethod.Get, endpoint + query, null, false, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<OrderSnapshot>>(Exchange, endpoint, r, root =>
            [.. Array(Prop(KuCoinAccountParser.Data(root), "items", "data"), "data.items").EnumerateArray()
                .Select((o, i) => KuCoinAccountParser.Order(o, $"data.items[{i}]"))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/fills";
        var r = await Send(HttpMethod.Get, $"{endpoint}?symbol={symbol.ToNative(Exchange)}&startAt={Inv(since.ToUnixTimeMilliseconds())}", null, false,
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<AccountTrade>>(Exchange, endpoint, r, root =>
            [.. Array(Prop(KuCoinAccountParser.Data(root), "items", "data"), "data.items").EnumerateArray()
                .Select((t, i) => KuCoinAccountParser.Trade(t, $"data.items[{i}]")).OrderBy(t => t.Time)]);
    }

    public async Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/api/v1/user/api-key";
        return transport.Parse(endpoint, await Send(HttpMethod.Get, endpoint, null, false, cancellationToken).ConfigureAwait(false),
            KuCoinAccountParser.Permissions);
    }

    private Task<ExchangeResult<JsonDocument>> Send(HttpMethod method, string pathAndQuery, string? body, bool isWrite, CancellationToken cancellationToken,
        DateTimeOffset? stamp = null) =>
        transport.SendAsync(() =>
        {
            var ts = Inv((stamp ?? time.GetUtcNow()).ToUnixTimeMilliseconds());
            var secret = credentials.ApiSecret.Reveal();
            var sign = KuCoinSigner.Sign(secret, KuCoinSigner.Prehash(ts, method.Method, pathAndQuery, body ?? string.Empty));
            return new SignedRequest(method, pathAndQuery,
            [
                P("KC-API-KEY", credentials.ApiKey.Reveal()), P("KC-API-SIGN", sign), P("KC-API-TIMESTAMP", ts),
                P("KC-API-PASSPHRASE", KuCoinSigner.SignPassphrase(secret, credentials.Passphrase?.Reveal() ?? string.Empty)), P("KC-API-KEY-VERSION", "2"),
            ], body);
        }, pathAndQuery.Split('?')[0], 1, isWrite, cancellationToken);
}
