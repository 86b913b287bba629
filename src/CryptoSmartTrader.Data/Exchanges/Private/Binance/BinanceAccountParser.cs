using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Binance;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Private.Binance;

/// <summary>Binance spot account and order payloads (<c>/api/v3/order</c>, <c>/account</c>, <c>/myTrades</c>, <c>/sapi/v1/account/apiRestrictions</c>).</summary>
internal static class BinanceAccountParser
{
    /// <summary>Binance's <c>{"code":..,"msg":..}</c> errors, typed by their documented codes and filter names.</summary>
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (BinanceParser.VenueError(root, status) is not { } e)
        {
            return null;
        }

        var kind = e.Code switch
        {
            "-2013" or "-2011" => ExchangeErrorKind.UnknownOrder,
            "-1003" or "-1015" => ExchangeErrorKind.RateLimited,
            "-1002" or "-1022" or "-2014" or "-2015" => ExchangeErrorKind.PermissionDenied,
            "-2010" when e.Message.Contains("insufficient balance", StringComparison.OrdinalIgnoreCase) => ExchangeErrorKind.InsufficientFunds,
            "-1013" or "-2010" when e.Message.Contains("NOTIONAL", StringComparison.Ordinal) || e.Message.Contains("LOT_SIZE", StringComparison.Ordinal)
                => ExchangeErrorKind.MinNotional,
            "-1013" or "-2010" when e.Message.Contains("PRICE", StringComparison.Ordinal) => ExchangeErrorKind.InvalidPrice,
            _ => e.Kind,
        };
        return e with { Kind = kind };
    }

    public static OrderSnapshot Order(JsonElement e, string path)
    {
        var symbol = Symbol.FromNative(Exchange.Binance, String(e, "symbol", path));
        // A cancel answers with the cancel request's own id in clientOrderId and ours in origClientOrderId.
        var clientId = OptionalProp(e, "origClientOrderId") is { } orig ? String(orig, path + ".origClientOrderId") : String(e, "clientOrderId", path);
        var qty = Decimal(e, "origQty", path);
        var filled = Decimal(e, "executedQty", path);
        var quote = OptionalProp(e, "cummulativeQuoteQty") is { } q ? Decimal(q, path + ".cummulativeQuoteQty") : 0m;
        var price = Decimal(e, "price", path);
        var time = OptionalProp(e, "time") ?? OptionalProp(e, "transactTime");
        var side = Side(String(e, "side", path), path + ".side");
        var fills = OptionalProp(e, "fills") is { } f
            ? Array(f, path + ".fills").EnumerateArray().Select((x, i) => PlaceFill(x, $"{path}.fills[{i}]", symbol, side, e, clientId)).ToList()
            : null;
        return new OrderSnapshot(Exchange.Binance, symbol, clientId, Id(Prop(e, "orderId", path), path + ".orderId"), side,
            Type(String(e, "type", path), path + ".type"), Status(String(e, "status", path), path + ".status"), qty, filled,
            price > 0 ? price : null, filled > 0 && quote > 0 ? quote / filled : null,
            time is { } t ? DateTimeOffset.FromUnixTimeMilliseconds(Long(t, path + ".time")) : null, fills);
    }

    public static IReadOnlyList<AssetBalance> Balances(JsonElement root) =>
        [.. Array(Prop(root, "balances", string.Empty), "balances").EnumerateArray().Select((b, i) =>
            new AssetBalance(Signing.Wire.Asset(String(b, "asset", $"balances[{i}]")), Decimal(b, "free", $"balances[{i}]"), Decimal(b, "locked", $"balances[{i}]")))];

    public static AccountTrade Trade(JsonElement e, string path) => new(
        Exchange.Binance, Symbol.FromNative(Exchange.Binance, String(e, "symbol", path)), Id(Prop(e, "id", path), path + ".id"),
        Id(Prop(e, "orderId", path), path + ".orderId"), Bool(Prop(e, "isBuyer", path), path + ".isBuyer") ? OrderSide.Buy : OrderSide.Sell,
        Decimal(e, "qty", path), Decimal(e, "price", path), Decimal(e, "commission", path), Signing.Wire.Asset(String(e, "commissionAsset", path)),
        DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "time", path)), Bool(Prop(e, "isMaker", path), path + ".isMaker"));

    public static KeyPermissions Permissions(JsonElement root)
    {
        var withdraw = Bool(Prop(root, "enableWithdrawals", string.Empty), "enableWithdrawals");
        var trade = Bool(Prop(root, "enableSpotAndMarginTrading", string.Empty), "enableSpotAndMarginTrading");
        var names = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.True).Select(p => p.Name).ToList();
        return new KeyPermissions(trade ? PermissionState.Granted : PermissionState.Denied, withdraw ? PermissionState.Granted : PermissionState.Denied, names);
    }

    private static AccountTrade PlaceFill(JsonElement x, string path, Symbol symbol, OrderSide side, JsonElement order, string clientId) => new(
        Exchange.Binance, symbol, Id(Prop(x, "tradeId", path), path + ".tradeId"), Id(Prop(order, "orderId", string.Empty), "orderId"), side,
        Decimal(x, "qty", path), Decimal(x, "price", path), Decimal(x, "commission", path), Signing.Wire.Asset(String(x, "commissionAsset", path)),
        DateTimeOffset.FromUnixTimeMilliseconds(Long(order, "transactTime", string.Empty)), false, clientId);

    public static OrderSide Side(string s, string path) => s switch
    {
        "BUY" => OrderSide.Buy,
        "SELL" => OrderSide.Sell,
        _ => throw new PayloadException($"{path}: expected BUY or SELL, got '{s}'"),
    };

    public static OrderType Type(string s, string path) => s switch
    {
        "LIMIT" or "LIMIT_MAKER" => OrderType.Limit,
        "MARKET" => OrderType.Market,
        "STOP_LOSS" or "TAKE_PROFIT" => OrderType.StopMarket,
        "STOP_LOSS_LIMIT" or "TAKE_PROFIT_LIMIT" => OrderType.StopLimit,
        _ => throw new PayloadException($"{path}: expected a spot order type, got '{s}'"),
    };

    public static OrderStatus Status(string s, string path) => s switch
    {
        "NEW" or "PENDING_NEW" => OrderStatus.New,
        "PARTIALLY_FILLED" => OrderStatus.PartiallyFilled,
        "FILLED" => OrderStatus.Filled,
        "CANCELED" or "PENDING_CANCEL" => OrderStatus.Canceled,
        "REJECTED" => OrderStatus.Rejected,
        "EXPIRED" or "EXPIRED_IN_MATCH" => OrderStatus.Expired,
        _ => throw new PayloadException($"{path}: expected an order status, got '{s}'"),
    };
}
