using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Json;
using CryptoSmartTrader.Data.Exchanges.KuCoin;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Private.KuCoin;

/// <summary>KuCoin spot account payloads (<c>{"code":"200000","data":...}</c>).</summary>
internal static class KuCoinAccountParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (KuCoinParser.VenueError(root, status) is not { } e)
        {
            return null;
        }

        var m = e.Message;
        var kind = e.Code == "200004" || m.Contains("insufficient", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.InsufficientFunds
            : m.Contains("not exist", StringComparison.OrdinalIgnoreCase) || m.Contains("not_exist", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.UnknownOrder
            : m.Contains("minimum", StringComparison.OrdinalIgnoreCase) || m.Contains("min size", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.MinNotional
            : m.Contains("price", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.InvalidPrice
            : e.Code is "400001" or "400002" or "400003" or "400004" or "400005" or "400006" or "400007" or "411100" ? ExchangeErrorKind.PermissionDenied
            : e.Kind == ExchangeErrorKind.Unsupported ? ExchangeErrorKind.Venue : e.Kind;
        return e with { Kind = kind };
    }

    public static JsonElement Data(JsonElement root) => Prop(root, "data", string.Empty);

    /// <summary>Trade-account balances only: the main account cannot trade.</summary>
    public static IReadOnlyList<AssetBalance> Balances(JsonElement root) =>
        [.. Array(Data(root), "data").EnumerateArray().Select((a, i) => (a, p: $"data[{i}]"))
            .Where(x => String(x.a, "type", x.p) == "trade")
            .Select(x => new AssetBalance(Signing.Wire.Asset(String(x.a, "currency", x.p)), Decimal(x.a, "available", x.p), Decimal(x.a, "holds", x.p)))];

    public static OrderSnapshot Order(JsonElement e, string path)
    {
        var size = Decimal(e, "size", path);
        var dealSize = Decimal(e, "dealSize", path);
        var dealFunds = Decimal(e, "dealFunds", path);
        var price = Decimal(e, "price", path);
        var active = Bool(Prop(e, "isActive", path), path + ".isActive");
        var cancelled = OptionalProp(e, "cancelExist") is { ValueKind: JsonValueKind.True };
        var status = active ? (dealSize > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New)
            : cancelled || dealSize < size ? OrderStatus.Canceled : OrderStatus.Filled;
        var type = String(e, "type", path) switch
        {
            "limit" => OrderType.Limit,
            "market" => OrderType.Market,
            var t => throw new PayloadException($"{path}.type: expected limit or market, got '{t}'"),
        };
        return new OrderSnapshot(Exchange.KuCoin, Symbol.FromNative(Exchange.KuCoin, String(e, "symbol", path)),
            OptionalProp(e, "clientOid") is { ValueKind: JsonValueKind.String } c ? c.GetString()! : string.Empty, String(e, "id", path),
            Side(String(e, "side", path), path + ".side"), type, status, size, dealSize, type == OrderType.Limit && price > 0 ? price : null,
            dealSize > 0 ? dealFunds / dealSize : null, DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "createdAt", path)));
    }

    public static AccountTrade Trade(JsonElement e, string path) => new(
        Exchange.KuCoin, Symbol.FromNative(Exchange.KuCoin, String(e, "symbol", path)), String(e, "tradeId", path), String(e, "orderId", path),
        Side(String(e, "side", path), path + ".side"), Decimal(e, "size", path), Decimal(e, "price", path), Decimal(e, "fee", path),
        Signing.Wire.Asset(String(e, "feeCurrency", path)), DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "createdAt", path)), String(e, "liquidity", path) == "maker");

    /// <summary><c>/api/v1/user/api-key</c>: a comma-separated list; "Withdrawal" grants withdrawal and "Spot" spot trading.</summary>
    public static KeyPermissions Permissions(JsonElement root)
    {
        var names = String(Data(root), "permission", "data").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new KeyPermissions(names.Contains("Spot", StringComparer.OrdinalIgnoreCase) ? PermissionState.Granted : PermissionState.Denied,
            names.Contains("Withdrawal", StringComparer.OrdinalIgnoreCase) ? PermissionState.Granted : PermissionState.Denied, names);
    }

    private static OrderSide Side(string s, string path) => s switch
    {
        "buy" => OrderSide.Buy,
        "sell" => OrderSide.Sell,
        _ => throw new PayloadException($"{path}: expected buy or sell, got '{s}'"),
    };
}
