using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Htx;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Private.Htx;

/// <summary>HTX spot account payloads: v1 <c>{"status":"ok","data":..}</c> and v2 <c>{"code":200,"data":..}</c>.</summary>
internal static class HtxAccountParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.Number
            && code.GetRawText() != "200")
        {
            var msg = root.TryGetProperty("message", out var m) ? m.ToString() : "(no message)";
            return new ExchangeError(Exchange.Htx, ExchangeErrorKind.Venue, code.GetRawText(), msg);
        }

        if (HtxParser.VenueError(root, status) is not { } e)
        {
            return null;
        }

        var kind = e.Code switch
        {
            "account-frozen-balance-insufficient-error" or "insufficient-balance" or "account-balance-insufficient-error" => ExchangeErrorKind.InsufficientFunds,
            "order-value-min-error" or "order-orderamount-min-error" or "order-limitorder-amount-min-error" => ExchangeErrorKind.MinNotional,
            "order-orderprice-precision-error" or "order-price-greater-than-limit" or "order-price-less-than-limit" or "order-limitorder-price-min-error"
                or "order-limitorder-price-max-error" => ExchangeErrorKind.InvalidPrice,
            "base-record-invalid" or "order-orderstate-error" or "base-not-found" => ExchangeErrorKind.UnknownOrder,
            "api-signature-not-valid" or "api-signature-check-failed" or "invalid-api-key" or "forbidden-trade-for-ip" => ExchangeErrorKind.PermissionDenied,
            _ => e.Kind,
        };
        return e with { Kind = kind };
    }

    public static JsonElement Data(JsonElement root) => Prop(root, "data", string.Empty);

    /// <summary>HTX lists each currency twice: type "trade" (free) and "frozen" (locked).</summary>
    public static IReadOnlyList<AssetBalance> Balances(JsonElement root)
    {
        var rows = Array(Prop(Data(root), "list", "data"), "data.list").EnumerateArray()
            .Select((b, i) => (Asset: Signing.Wire.Asset(String(b, "currency", $"data.list[{i}]")), Type: String(b, "type", $"data.list[{i}]"),
                Amount: Decimal(b, "balance", $"data.list[{i}]")));
        return [.. rows.GroupBy(r => r.Asset).Select(g => new AssetBalance(g.Key, g.Where(r => r.Type == "trade").Sum(r => r.Amount),
            g.Where(r => r.Type == "frozen").Sum(r => r.Amount)))];
    }

    public static OrderSnapshot Order(JsonElement e, string path)
    {
        var amount = Decimal(e, "amount", path);
        var filled = Decimal(OptionalProp(e, "field-amount") ?? Prop(e, "filled-amount", path), path + ".filled-amount");
        var cash = Decimal(OptionalProp(e, "field-cash-amount") ?? Prop(e, "filled-cash-amount", path), path + ".filled-cash-amount");
        var type = String(e, "type", path);
        var price = Decimal(e, "price", path);
        var orderType = type.Contains("market", StringComparison.Ordinal) ? OrderType.Market
            : type.Contains("stop-limit", StringComparison.Ordinal) ? OrderType.StopLimit : OrderType.Limit;
        var status = String(e, "state", path) switch
        {
            "created" or "submitted" => OrderStatus.New,
            "partial-filled" => OrderStatus.PartiallyFilled,
            "filled" => OrderStatus.Filled,
            "partial-canceled" or "canceled" or "canceling" => OrderStatus.Canceled,
            var s => throw new PayloadException($"{path}.state: expected an HTX order state, got '{s}'"),
        };
        return new OrderSnapshot(Exchange.Htx, Symbol.FromNative(Exchange.Htx, String(e, "symbol", path)),
            OptionalProp(e, "client-order-id") is { ValueKind: JsonValueKind.String } c ? c.GetString()! : string.Empty, Id(Prop(e, "id", path), path + ".id"),
            type.StartsWith("buy", StringComparison.Ordinal) ? OrderSide.Buy : OrderSide.Sell, orderType,
            status == OrderStatus.New && filled > 0 ? OrderStatus.PartiallyFilled : status, amount, filled,
            orderType != OrderType.Market && price > 0 ? price : null, filled > 0 ? cash / filled : null,
            DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "created-at", path)));
    }

    public static AccountTrade Trade(JsonElement e, string path) => new(
        Exchange.Htx, Symbol.FromNative(Exchange.Htx, String(e, "symbol", path)), Id(Prop(e, "trade-id", path), path + ".trade-id"),
        Id(Prop(e, "order-id", path), path + ".order-id"), String(e, "type", path).StartsWith("buy", StringComparison.Ordinal) ? OrderSide.Buy : OrderSide.Sell,
        Decimal(e, "filled-amount", path), Decimal(e, "price", path), Decimal(e, "filled-fees", path), Signing.Wire.Asset(String(e, "fee-currency", path)),
        DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "created-at", path)), String(e, "role", path) == "maker");

    /// <summary><c>/v2/user/api-key</c> for our access key: "readOnly,trade,withdraw".</summary>
    public static KeyPermissions Permissions(JsonElement root, string accessKey)
    {
        var keys = Array(Data(root), "data").EnumerateArray().ToList();
        var mine = keys.FirstOrDefault(k => OptionalProp(k, "accessKey")?.GetString() == accessKey);
        if (mine.ValueKind != JsonValueKind.Object)
        {
            // Without our own key in the answer its permissions are not known.
            return KeyPermissions.Unknown;
        }

        var names = String(mine, "permission", "data[]").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return new KeyPermissions(names.Contains("trade") ? PermissionState.Granted : PermissionState.Denied,
            names.Contains("withdraw") ? PermissionState.Granted : PermissionState.Denied, names);
    }
}
