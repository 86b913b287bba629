using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Http;
using CryptoSmartTrader.Data.Exchanges.Private.Credentials;
using CryptoSmartTrader.Data.Exchanges.Private.Signing;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;
using static CryptoSmartTrader.Data.Exchanges.Private.Signing.Wire;

namespace CryptoSmartTrader.Data.Exchanges.Private.Kraken;

/// <summary>
/// Kraken spot private REST. Our client order id travels as <c>cl_ord_id</c>; every order carries a <c>deadline</c>
/// after which the matching engine rejects it, which bounds how long an unknown outcome can stay unknown.
/// </summary>
internal sealed class KrakenAccountClient(SignedTransport transport, ApiCredentials credentials, TimeProvider time, TimeSpan deadline)
    : IVenueAccount
{
    private long _lastNonce;

    public Exchange Exchange => Exchange.Kraken;

    public TimeSpan AcceptanceWindow => deadline;

    public async Task<ExchangeResult<IReadOnlyList<AssetBalance>>> GetBalancesAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/0/private/BalanceEx";
        return transport.Parse(endpoint, await Post(endpoint, [], false, cancellationToken).ConfigureAwait(false), KrakenAccountParser.Balances);
    }

    public async Task<ExchangeResult<OrderSnapshot>> SubmitOrderAsync(OrderRequest request, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        const string endpoint = "/0/private/AddOrder";
        if (request.TimeInForce == TimeInForce.Fok)
        {
            return new ExchangeError(Exchange, ExchangeErrorKind.Unsupported, "time-in-force", "Kraken spot offers GTC and IOC, not FOK", endpoint);
        }

        var p = new List<KeyValuePair<string, string>>
        {
            P("ordertype", request.Type switch { OrderType.Market => "market", OrderType.Limit => "limit", OrderType.StopMarket => "stop-loss", _ => "stop-loss-limit" }),
            P("type", request.Side == OrderSide.Buy ? "buy" : "sell"), P("volume", Dec(request.Quantity)),
            P("pair", request.Symbol.ToNative(Exchange)), P("cl_ord_id", request.ClientOrderId),
            P("deadline", (sentAt + deadline).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
        };
        // Stop orders: price is the trigger and price2 the limit.
        if (request.StopPrice is { } stop) p.Add(P("price", Dec(stop)));
        if (request.LimitPrice is { } limit) p.Add(P(request.StopPrice is null ? "price" : "price2", Dec(limit)));
        if (request.TimeInForce == TimeInForce.Ioc) p.Add(P("timeinforce", "IOC"));
        if (request.PostOnly) p.Add(P("oflags", "post"));

        var r = await Post(endpoint, p, true, cancellationToken).ConfigureAwait(false);
        return transport.Parse(endpoint, r, root =>
        {
            var txid = String(Index(Prop(KrakenAccountParser.Result(root), "txid", "result"), 0, "result.txid"), "result.txid[0]");
            return new OrderSnapshot(Exchange, request.Symbol, request.ClientOrderId, txid, request.Side, request.Type, OrderStatus.New,
                request.Quantity, 0m, request.LimitPrice, null, sentAt);
        });
    }

    public async Task<ExchangeResult<OrderSnapshot>> CancelOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        const string endpoint = "/0/private/CancelOrder";
        var r = await Post(endpoint, [P("cl_ord_id", clientOrderId)], true, cancellationToken).ConfigureAwait(false);
        var count = transport.Parse(endpoint, r, root => Long(KrakenAccountParser.Result(root), "count", "result"));
        if (!count.IsSuccess)
        {
            return count.Error;
        }

        return await GetOrderAsync(symbol, clientOrderId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ExchangeResult<OrderSnapshot>> GetOrderAsync(Symbol symbol, string clientOrderId, CancellationToken cancellationToken)
    {
        foreach (var (endpoint, key) in new[] { ("/0/private/OpenOrders", "open"), ("/0/private/ClosedOrders", "closed") })
        {
            var r = await Post(endpoint, [P("cl_ord_id", clientOrderId)], false, cancellationToken).ConfigureAwait(false);
            var found = transport.Parse(endpoint, r, root => Orders(root, key, clientOrderId).FirstOrDefault());
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            if (found.Value is { } order)
            {
                return order;
            }
        }

        return new ExchangeError(Exchange, ExchangeErrorKind.UnknownOrder, "EOrder", $"no open or closed order with cl_ord_id {clientOrderId}",
            "/0/private/ClosedOrders");
    }

    public async Task<ExchangeResult<IReadOnlyList<OrderSnapshot>>> GetOpenOrdersAsync(Symbol? symbol, CancellationToken cancellationToken)
    {
        const string endpoint = "/0/private/OpenOrders";
        var r = await Post(endpoint, [], false, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<OrderSnapshot>>(Exchange, endpoint, r, root =>
            [.. Orders(root, "open", null).Where(o => symbol is null || o.Symbol == symbol)]);
    }

    public async Task<ExchangeResult<IReadOnlyList<AccountTrade>>> GetTradesAsync(Symbol symbol, DateTimeOffset since, CancellationToken cancellationToken)
    {
        const string endpoint = "/0/private/TradesHistory";
        var r = await Post(endpoint, [P("start", Inv(since.ToUnixTimeSeconds()))], false, cancellationToken).ConfigureAwait(false);
        return ParseGuard.Run<IReadOnlyList<AccountTrade>>(Exchange, endpoint, r, root =>
            [.. Object(Prop(KrakenAccountParser.Result(root), "trades", "result"), "result.trades").EnumerateObject()
                .Select(t => KrakenAccountParser.Trade(t.Name, t.Value, $"result.trades.{t.Name}"))
                .Where(t => t.Symbol == symbol && t.Time >= since).OrderBy(t => t.Time)]);
    }

    public async Task<ExchangeResult<KeyPermissions>> GetKeyPermissionsAsync(CancellationToken cancellationToken)
    {
        const string endpoint = "/0/private/GetApiKeyInfo";
        var r = await Post(endpoint, [], false, cancellationToken).ConfigureAwait(false);
        // Older keys or accounts without this method answer with a venue error: the permissions are then unknown, not denied.
        return !r.IsSuccess && r.Error.Kind == ExchangeErrorKind.Venue
            ? KeyPermissions.Unknown
            : transport.Parse(endpoint, r, KrakenAccountParser.Permissions);
    }

    private static IEnumerable<OrderSnapshot> Orders(JsonElement root, string key, string? clientOrderId) =>
        Object(Prop(KrakenAccountParser.Result(root), key, "result"), "result." + key).EnumerateObject()
            .Select(o => KrakenAccountParser.Order(o.Name, o.Value, $"result.{key}.{o.Name}", clientOrderId)).ToList();

    private Task<ExchangeResult<JsonDocument>> Post(string path, IReadOnlyList<KeyValuePair<string, string>> parameters, bool isWrite,
        CancellationToken cancellationToken) =>
        transport.SendAsync(() =>
        {
            var nonce = Inv(NextNonce());
            var body = Form([P("nonce", nonce), .. parameters]);
            var sign = KrakenSigner.Sign(credentials.ApiSecret.Reveal(), path, nonce, body);
            return new SignedRequest(HttpMethod.Post, path, [P("API-Key", credentials.ApiKey.Reveal()), P("API-Sign", sign)], body,
                "application/x-www-form-urlencoded");
        }, path, 1, isWrite, cancellationToken);

    // Kraken refuses a nonce not above the last one seen for the key, so two calls in the same millisecond must differ.
    private long NextNonce()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastNonce);
            var next = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), last + 1);
            if (Interlocked.CompareExchange(ref _lastNonce, next, last) == last)
            {
                return next;
            }
        }
    }
}
