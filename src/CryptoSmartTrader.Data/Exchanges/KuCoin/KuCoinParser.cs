using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.KuCoin;

/// <summary>KuCoin spot REST payloads (<c>{"code":"200000","data":...}</c>; any other code is an error with <c>msg</c>).</summary>
internal static class KuCoinParser
{
    public const string SuccessCode = "200000";

    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var code))
        {
            return null;
        }

        var c = code.ValueKind == JsonValueKind.String ? code.GetString()! : code.GetRawText();
        if (c == SuccessCode)
        {
            return null;
        }

        var msg = root.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "(no message)";
        var kind = c == "429000" ? ExchangeErrorKind.RateLimited : c == "400100" ? ExchangeErrorKind.Unsupported : ExchangeErrorKind.Venue;
        return new ExchangeError(Exchange.KuCoin, kind, c, msg);
    }

    public static JsonElement Data(JsonElement root) => Prop(root, "data", string.Empty);

    public static MarketInfo Market(JsonElement e, string path) => new(
        Exchange.KuCoin,
        new Symbol(String(e, "baseCurrency", path), String(e, "quoteCurrency", path)),
        String(e, "symbol", path),
        Decimal(e, "priceIncrement", path),
        Decimal(e, "baseIncrement", path),
        Decimal(e, "baseMinSize", path),
        OptionalProp(e, "minFunds") is { } f ? Decimal(f, path + ".minFunds") : null,
        Bool(Prop(e, "enableTrading", path), path + ".enableTrading") ? MarketStatus.Trading : MarketStatus.Halted);

    /// <summary>Candle row: [time s, open, close, high, low, volume (base), turnover (quote)] — note close before high.</summary>
    public static (DateTimeOffset Open, decimal O, decimal H, decimal L, decimal C, decimal V) Kline(JsonElement row, string path) =>
        (DateTimeOffset.FromUnixTimeSeconds(Long(Index(row, 0, path), path + "[0]")),
         Decimal(Index(row, 1, path), path + "[1]"), Decimal(Index(row, 3, path), path + "[3]"),
         Decimal(Index(row, 4, path), path + "[4]"), Decimal(Index(row, 2, path), path + "[2]"),
         Decimal(Index(row, 5, path), path + "[5]"));

    /// <summary>Trade: side is the taker side; time is in nanoseconds.</summary>
    public static Trade Trade(JsonElement e, string path)
    {
        var side = String(e, "side", path) switch
        {
            "buy" => TakerSide.Buy,
            "sell" => TakerSide.Sell,
            var other => throw new PayloadException($"{path}.side: expected 'buy' or 'sell', got '{other}'"),
        };
        var ns = Long(e, "time", path);
        return new Trade(DateTimeOffset.UnixEpoch.AddTicks(ns / 100), Decimal(e, "price", path), Decimal(e, "size", path), side,
            Id(Prop(e, "sequence", path), path + ".sequence"));
    }

    public static Ticker Ticker(Symbol symbol, JsonElement e, string path, DateTimeOffset time) => new(
        Exchange.KuCoin, symbol, time,
        Decimal(e, "buy", path), Decimal(e, "sell", path), Decimal(e, "last", path),
        Decimal(e, "vol", path), Decimal(e, "volValue", path));

    public static void CheckSymbol(JsonElement e, string path, string expectedNative)
    {
        var actual = String(e, "symbol", path);
        if (!string.Equals(actual, expectedNative, StringComparison.OrdinalIgnoreCase))
        {
            throw new PayloadException($"{path}.symbol: expected {expectedNative}, got '{actual}'");
        }
    }

    public static BookLevel[] Levels(JsonElement side, string path, int depth) =>
        [.. Array(side, path).EnumerateArray().Take(depth).Select((l, i) =>
            new BookLevel(Decimal(Index(l, 0, $"{path}[{i}]"), $"{path}[{i}][0]"), Decimal(Index(l, 1, $"{path}[{i}]"), $"{path}[{i}][1]")))];

    public static string Interval(Timeframe tf) => tf.Code switch
    {
        "1m" => "1min", "3m" => "3min", "5m" => "5min", "15m" => "15min", "30m" => "30min", "1h" => "1hour", "2h" => "2hour",
        "4h" => "4hour", "6h" => "6hour", "8h" => "8hour", "12h" => "12hour", "1d" => "1day", "1w" => "1week",
        _ => string.Empty,
    };
}
