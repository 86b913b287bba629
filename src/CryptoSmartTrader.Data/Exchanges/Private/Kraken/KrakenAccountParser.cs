using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Data.Exchanges.Json;
using CryptoSmartTrader.Data.Exchanges.Kraken;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Private.Kraken;

/// <summary>Kraken private payloads (<c>/0/private/*</c>): balances, orders keyed by txid, trades keyed by trade id, key info.</summary>
internal static class KrakenAccountParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (KrakenParser.VenueError(root, status) is not { } e)
        {
            return null;
        }

        var m = e.Message;
        var kind = m.Contains("Insufficient funds", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.InsufficientFunds
            : m.Contains("minimum not met", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.MinNotional
            : m.Contains("Invalid price", StringComparison.OrdinalIgnoreCase) || m.Contains("Invalid arguments:price", StringComparison.OrdinalIgnoreCase)
                ? ExchangeErrorKind.InvalidPrice
            : m.Contains("Unknown order", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.UnknownOrder
            : m.Contains("Invalid key", StringComparison.OrdinalIgnoreCase) || m.Contains("Invalid signature", StringComparison.OrdinalIgnoreCase)
              || m.Contains("Permission denied", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.PermissionDenied
            : e.Kind;
        return e with { Kind = kind };
    }

    public static JsonElement Result(JsonElement root) => Object(Prop(root, "result", string.Empty), "result");

    /// <summary><c>BalanceEx</c>: balance and hold_trade per asset; free is the difference.</summary>
    public static IReadOnlyList<AssetBalance> Balances(JsonElement root) =>
        [.. Result(root).EnumerateObject().Select(p =>
        {
            var path = $"result.{p.Name}";
            var total = Decimal(p.Value, "balance", path);
            var hold = OptionalProp(p.Value, "hold_trade") is { } h ? Decimal(h, path + ".hold_trade") : 0m;
            return new AssetBalance(Asset(p.Name), total - hold, hold);
        })];

    /// <summary>One order entry. <paramref name="knownClientId"/> is used when the venue omits <c>cl_ord_id</c>; empty when not ours.</summary>
    public static OrderSnapshot Order(string txid, JsonElement e, string path, string? knownClientId)
    {
        var descr = Object(Prop(e, "descr", path), path + ".descr");
        var qty = Decimal(e, "vol", path);
        var filled = Decimal(e, "vol_exec", path);
        var avg = Decimal(e, "price", path);
        var limit = Decimal(descr, "price", path + ".descr");
        var type = Type(String(descr, "ordertype", path + ".descr"), path + ".descr.ordertype");
        var clientId = OptionalProp(e, "cl_ord_id") is { ValueKind: JsonValueKind.String } c ? c.GetString()! : knownClientId ?? string.Empty;
        return new OrderSnapshot(Exchange.Kraken, Pair(String(descr, "pair", path + ".descr")), clientId, txid,
            String(descr, "type", path + ".descr") == "buy" ? OrderSide.Buy : OrderSide.Sell, type,
            Status(String(e, "status", path), qty, filled, path + ".status"), qty, filled,
            type is OrderType.Limit or OrderType.StopLimit && limit > 0 ? limit : null, filled > 0 && avg > 0 ? avg : null,
            DateTimeOffset.FromUnixTimeMilliseconds((long)(Decimal(e, "opentm", path) * 1000m)));
    }

    public static AccountTrade Trade(string id, JsonElement e, string path) => new(
        Exchange.Kraken, Pair(String(e, "pair", path)), id, String(e, "ordertxid", path),
        String(e, "type", path) == "buy" ? OrderSide.Buy : OrderSide.Sell, Decimal(e, "vol", path), Decimal(e, "price", path),
        Decimal(e, "fee", path), QuoteOf(String(e, "pair", path)), DateTimeOffset.FromUnixTimeMilliseconds((long)(Decimal(e, "time", path) * 1000m)),
        OptionalProp(e, "maker") is { ValueKind: JsonValueKind.True });

    /// <summary><c>GetApiKeyInfo</c>: "withdraw-funds" grants withdrawal; "modify-trades" grants trading.</summary>
    public static KeyPermissions Permissions(JsonElement root)
    {
        var names = Array(Prop(Result(root), "permissions", "result"), "result.permissions").EnumerateArray()
            .Select((p, i) => String(p, $"result.permissions[{i}]")).ToList();
        return new KeyPermissions(names.Contains("modify-trades") ? PermissionState.Granted : PermissionState.Denied,
            names.Contains("withdraw-funds") ? PermissionState.Granted : PermissionState.Denied, names);
    }

    // Kraken charges spot fees in the quote currency unless the fee-in-base flag was set on the order.
    private static string QuoteOf(string pair) => Pair(pair).Quote;

    // Kraken's own quote currencies, longest first; the generic splitter would read XBTUSD as XB/TUSD.
    private static readonly string[] Quotes = ["USDT", "USDC", "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "XBT", "ETH", "DAI"];

    /// <summary>A Kraken pair id, legacy (XXBTZUSD) or altname (XBTUSD), as a symbol.</summary>
    public static Symbol Pair(string pair)
    {
        if (pair.Length == 8 && pair[0] == 'X' && pair[4] is 'Z' or 'X')
        {
            return Symbol.FromNative(Exchange.Kraken, pair);
        }

        foreach (var q in Quotes)
        {
            if (pair.Length > q.Length && pair.EndsWith(q, StringComparison.Ordinal))
            {
                return new Symbol(pair[..^q.Length], q);
            }
        }

        return Symbol.FromNative(Exchange.Kraken, pair);
    }

    public static string Asset(string krakenAsset)
    {
        // Suffixed balances (ETH2.S staked, USD.M) are distinct holdings and keep their venue name.
        if (krakenAsset.Contains('.'))
        {
            return krakenAsset;
        }

        var a = krakenAsset;
        if (a.Length == 4 && a[0] is 'X' or 'Z' && !a.StartsWith("ZRX", StringComparison.Ordinal))
        {
            a = a[1..];
        }

        return AssetCode.TryNormalize(a, out var n) ? n : krakenAsset;
    }

    private static OrderType Type(string s, string path) => s switch
    {
        "limit" or "iceberg" => OrderType.Limit,
        "market" or "settle-position" => OrderType.Market,
        "stop-loss" or "take-profit" or "trailing-stop" => OrderType.StopMarket,
        "stop-loss-limit" or "take-profit-limit" or "trailing-stop-limit" => OrderType.StopLimit,
        _ => throw new PayloadException($"{path}: expected a Kraken order type, got '{s}'"),
    };

    private static OrderStatus Status(string s, decimal qty, decimal filled, string path) => s switch
    {
        "pending" or "open" => filled > 0 ? OrderStatus.PartiallyFilled : OrderStatus.New,
        "closed" => filled >= qty ? OrderStatus.Filled : OrderStatus.Canceled,
        "canceled" => OrderStatus.Canceled,
        "expired" => OrderStatus.Expired,
        _ => throw new PayloadException($"{path}: expected pending, open, closed, canceled or expired, got '{s}'"),
    };
}
