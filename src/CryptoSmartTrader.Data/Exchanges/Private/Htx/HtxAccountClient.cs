using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Exchanges.Private.Signing;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;
using static CryptoSmartTrader.Data.Exchanges.Private.Signing.Wire;

namespace CryptoSmartTrader.Data.Exchanges.Private.Htx;

/// <summary>HTX spot private REST (Signature v2). Our client order id travels as <c>client-order-id</c>.</summary>
internal sealed class HtxAccountClient(SignedTransport transport, ApiCredentials credentials, TimeProvider time, TimeSpan window) : IVenueAccount
{
    private string? _accountId;

    public Exchange Exchange => Exchange.Htx;

    public TimeSpan AcceptanceWindow => window;

    public async Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        var account = await AccountIdAsync(cancellationToken).ConfigureAwait(false);
        if (!account.IsSuccess) return account.Error;
        var path = $"/v1/account/accounts/{account.Value}/balance";
        return transport.Parse(path, await Send(HttpMethod.Get, path, [], null, false, cancellationToken).ConfigureAwait(false),
            HtxAccountParser.Balances);
    }

    public async Task<ExchangeResult<OrderSnapshot>> SubmitOrderAsync(OrderRequest request, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        const string path = "/v1/order/orders/place";
        if (request.Type is not (OrderType.Limit or OrderType.Market) || !IsValidClientId(request.ClientOrderId, 64, "_-."))
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "order", $"HTX spot orders here are limit or market; got {request.Type}", path);
        }

        var account = await AccountIdAsync(cancellationToken).ConfigureAwait(false);
        if (!account.IsSuccess) return account.Error;
        var side = request.Side == OrderSide.Buy ? "buy" : "sell";
        var kind = request.Type == OrderType.Market ? "market" : request.PostOnly ? "limit-maker"
            : request.TimeInForce switch { TimeInForce.Ioc => "ioc", TimeInForce.Fok => "limit-fok", _ => "limit" };
        var body = new Dictionary<string, string>
        {
            ["account-id"] = account.Value, ["symbol"] = request.Symbol.ToNative(Exchange), ["type"] = $"{side}-{kind}",
            ["amount"] = Dec(request.Quantity), ["client-order-id"] = request.ClientOrderId, ["source"] = "spot-api",
        };
        if (request.LimitPrice is { } price) body["price"] = Dec(price);
        var r = await Send(HttpMethod.Post, path, [], JsonSerializer.Serialize(body), true, cancellationToken, sentAt).ConfigureAwait(false);
        return transport.Parse(path, r, root => new OrderSnapshot(Exchange, request.Symbol, request.ClientOrderId,
            Id(HtxAccountParser.Data(root), "data"), request.Side, request.Type, OrderStatus.New, request.Quantity, 0m, request.LimitPrice, null, sentAt));
    }

    public async Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string path = "/v1/order/orders/submitCancelClientOrder";
        var r = await Send(HttpMethod.Post, path, [], JsonSerializer.Serialize(new Dictionary<string, string> { ["client-order-id"] = clientOrderId }), true,
            cancellationToken).ConfigureAwait(false);
        var done = transport.Parse(path, r, HtxAccountParser.Data);
        return done.IsSuccess ? await GetOrderAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false) : done.Error;
    }

    public async Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string path = "/v1/order/orders/getClientOrder";
        var r = await Send(HttpMethod.Get, path, [P("clientOrderId", clientOrderId)], null, false, cancellationToken).ConfigureAwait(false);
        return transport.Parse(path, r, root => HtxAccountParser.Order(HtxAccountParser.Data(root), "data"));
    }

    public async Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        const string path = "/v1/order/openOrders";
        var account = await AccountIdAsync(cancellationToken).ConfigureAwait(false);
        if (!account.IsSuccess) return account.Error;
        List<KeyValuePair<string, string>> p = [P("account-id", account.Value)];
        if (symbol is { } s) p.Add(P("symbol", s.ToNative(Exchange)));
        var r = await Send(HttpMethod.Get, path, p, null, false, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<OrderSnapshot>>(Exchange, path, r, root =>
            [.. Array(HtxAccountParser.Data(root), "data").EnumerateArray().Select((o, i) => HtxAccountParser.Order(o, $"data[{i}]"))]);
    }

    public async Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string path = "/v1/order/matchresults";
        var r = await Send(HttpMethod.Get, path, [P("symbol", symbol.ToNative(Exchange)), P("start-time", Inv(since.ToUnixTimeMilliseconds()))], null, false,
            cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<AccountTrade>>(Exchange, path, r, root =>
            [.. Array(HtxAccountParser.Data(root), "data").EnumerateArray().Select((t, i) => HtxAccountParser.Trade(t, $"data[{i}]")).OrderBy(t => t.Time)]);
    }

    public async Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken)
    {
        const string path = "/v2/user/api-key";
        var key = credentials.ApiKey.Reveal();
        var uid = await Send(HttpMethod.Get, "/v2/user/uid", [], null, false, cancellationToken).ConfigureAwait(false);
        var userId = transport.Parse("/v2/user/uid", uid, root => Id(HtxAccountParser.Data(root), "data"));
        if (!userId.IsSuccess) return userId.Error;
        var r = await Send(HttpMethod.Get, path, [P("accessKey", key), P("uid", userId.Value)], null, false, cancellationToken).ConfigureAwait(false);
        return transport.Parse(path, r, root => HtxAccountParser.Permissions(root, key));
    }

    private async Task<ExchangeResult<string>> AccountIdAsync(CancellationToken cancellationToken)
    {
        if (_accountId is { } cached) return cached;
        const string path = "/v1/account/accounts";
        var r = await Send(HttpMethod.Get, path, [], null, false, cancellationToken).ConfigureAwait(false);
        var id = transport.Parse(path, r, root => Array(HtxAccountParser.Data(root), "data").EnumerateArray()
            .Where(a => OptionalProp(a, "type")?.GetString() == "spot").Select(a => Id(Prop(a, "id", "data[]"), "data[].id")).FirstOrDefault());
        if (!id.IsSuccess) return id.Error;
        if (id.Value is null) return new ExchangeError(Exchange, ExchangeErrorKind.Venue, "no-spot-account", "the key's user has no spot account", path);
        _accountId = id.Value;
        return id.Value;
    }

    private Task<ExchangeResult<JsonDocument>> Send(HttpMethod method, string path, IReadOnlyList<KeyValuePair<string, string>> parameters, string? body,
        bool isWrite, CancellationToken cancellationToken, DateTimeOffset? stamp = null) =>
        transport.SendAsync(() =>
        {
            var query = HtxSigner.Query([.. parameters, P("AccessKeyId", credentials.ApiKey.Reveal()), P("SignatureMethod", "HmacSHA256"),
                P("SignatureVersion", "2"), P("Timestamp", HtxSigner.Timestamp(stamp ?? time.GetUtcNow()))]);
            var signature = HtxSigner.Sign(credentials.ApiSecret.Reveal(), HtxSigner.Canonical(method.Method, transport.BaseUrl.Authority, path, query));
            return new SignedRequest(method, $"{path}?{query}&Signature={Uri.EscapeDataString(signature)}", [], body);
        }, path, 1, isWrite, cancellationToken);
}
