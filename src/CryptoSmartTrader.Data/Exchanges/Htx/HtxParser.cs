using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Htx;

/// <summary>HTX (Huobi) spot REST payloads: <c>{"status":"ok",...}</c> or <c>{"status":"error","err-code":...,"err-msg":...}</c>.</summary>
internal static class HtxParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String && s.GetString() == "error")
        {
            var code = root.TryGetProperty("err-code", out var c) ? c.ToString() : "error";
            var msg = root.TryGetProperty("err-msg", out var m) ? m.ToString() : "(no message)";
            var kind = code.Contains("limit", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.RateLimited
                : code == "invalid-parameter" && msg.Contains("symbol", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.Unsupported
                : ExchangeErrorKind.Venue;
            return new ExchangeError(Exchange.Htx, kind, code, msg);
        }

        return null;
    }

    public static MarketInfo Market(JsonElement e, string path) => new(
        Exchange.Htx,
        new Symbol(String(e, "bc", path), String(e, "qc", path)),
        String(e, "symbol", path),
        Pow10(Long(e, "pp", path)),
        Pow10(Long(e, "ap", path)),
        OptionalProp(e, "minoa") is { } mo ? Decimal(mo, path + ".minoa") : null,
        OptionalProp(e, "minov") is { } mv ? Decimal(mv, path + ".minov") : null,
        String(e, "state", path) == "online" ? MarketStatus.Trading : MarketStatus.Halted);

    /// <summary>Kline: id = open time in seconds, amount = base volume, vol = quote turnover.</summary>
    public static (DateTimeOffset Open, decimal O, decimal H, decimal L, decimal C, decimal V) Kline(JsonElement e, string path) =>
        (DateTimeOffset.FromUnixTimeSeconds(Long(e, "id", path)), Decimal(e, "open", path), Decimal(e, "high", path),
         Decimal(e, "low", path), Decimal(e, "close", path), Decimal(e, "amount", path));

    /// <summary>Trade: direction is the taker side.</summary>
    public static Trade Trade(JsonElement e, string path)
    {
        var side = String(e, "direction", path) switch
        {
            "buy" => TakerSide.Buy,
            "sell" => TakerSide.Sell,
            var other => throw new PayloadException($"{path}.direction: expected 'buy' or 'sell', got '{other}'"),
        };
        return new Trade(DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "ts", path)), Decimal(e, "price", path), Decimal(e, "amount", path),
            side, Id(Prop(e, "trade-id", path), path + ".trade-id"));
    }

    public static Ticker MergedTicker(Symbol symbol, JsonElement tick, string path, DateTimeOffset time) => new(
        Exchange.Htx, symbol, time,
        Decimal(Index(Prop(tick, "bid", path), 0, path + ".bid"), path + ".bid[0]"),
        Decimal(Index(Prop(tick, "ask", path), 0, path + ".ask"), path + ".ask[0]"),
        Decimal(tick, "close", path), Decimal(tick, "amount", path), Decimal(tick, "vol", path));

    public static Ticker ListTicker(Symbol symbol, JsonElement t, string path, DateTimeOffset time) => new(
        Exchange.Htx, symbol, time, Decimal(t, "bid", path), Decimal(t, "ask", path), Decimal(t, "close", path),
        Decimal(t, "amount", path), Decimal(t, "vol", path));

    /// <summary>The channel name (<c>market.btcusdt.kline.5min</c>) names the pair; it must be the one requested.</summary>
    public static void CheckChannel(JsonElement root, string native)
    {
        var ch = String(root, "ch", string.Empty);
        var parts = ch.Split('.');
        if (parts.Length < 2 || !string.Equals(parts[1], native, StringComparison.OrdinalIgnoreCase))
        {
            throw new PayloadException($"ch: expected a channel for {native}, got '{ch}'");
        }
    }

    public static BookLevel[] Levels(JsonElement side, string path, int depth) =>
        [.. Array(side, path).EnumerateArray().Take(depth).Select((l, i) =>
            new BookLevel(Decimal(Index(l, 0, $"{path}[{i}]"), $"{path}[{i}][0]"), Decimal(Index(l, 1, $"{path}[{i}]"), $"{path}[{i}][1]")))];

    public static string Period(Timeframe tf) => tf.Code switch
    {
        "1m" => "1min", "5m" => "5min", "15m" => "15min", "30m" => "30min", "1h" => "60min", "4h" => "4hour", "1d" => "1day",
        _ => string.Empty,
    };

    private static decimal Pow10(long negExponent)
    {
        var v = 1m;
        for (var i = 0; i < negExponent; i++)
        {
            v /= 10m;
        }

        return v;
    }
}
