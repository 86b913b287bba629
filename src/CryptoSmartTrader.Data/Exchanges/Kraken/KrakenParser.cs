using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Kraken;

/// <summary>Kraken REST payloads (<c>{"error":[],"result":{...}}</c>).</summary>
internal static class KrakenParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var errors)
            || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
        {
            return null;
        }

        var messages = errors.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()).ToArray();
        var kind = messages.Any(m => m.Contains("Rate limit", StringComparison.OrdinalIgnoreCase) || m.Contains("Too many", StringComparison.OrdinalIgnoreCase))
            ? ExchangeErrorKind.RateLimited
            : messages.Any(m => m.StartsWith("EQuery:Unknown asset pair", StringComparison.Ordinal)) ? ExchangeErrorKind.Unsupported : ExchangeErrorKind.Venue;
        return new ExchangeError(Exchange.Kraken, kind, messages[0].Split(':')[0], string.Join("; ", messages));
    }

    /// <summary>The single pair entry of a result, checked against the requested symbol; also returns the "last" cursor if present.</summary>
    public static (JsonElement Data, JsonElement? Last) PairEntry(JsonElement root, Symbol expected)
    {
        var result = Object(Prop(root, "result", string.Empty), "result");
        JsonElement? data = null;
        JsonElement? last = null;
        foreach (var p in result.EnumerateObject())
        {
            if (p.Name == "last")
            {
                last = p.Value;
                continue;
            }

            var actual = Symbol.TryParse(p.Name, out var s, out _) ? s : SafeFromNative(p.Name);
            if (actual != expected)
            {
                throw new PayloadException($"result.{p.Name}: expected data for {expected}, got pair '{p.Name}'");
            }

            data = p.Value;
        }

        return data is { } d ? (d, last) : throw new PayloadException($"result: missing entry for pair {expected}");
    }

    public static IEnumerable<(string Key, JsonElement Value)> Entries(JsonElement root) =>
        Object(Prop(root, "result", string.Empty), "result").EnumerateObject().Where(p => p.Name != "last").Select(p => (p.Name, p.Value));

    public static Symbol? SafeFromNative(string id)
    {
        try
        {
            return Symbol.FromNative(Exchange.Kraken, id);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            return null;
        }
    }

    public static MarketInfo Market(string key, JsonElement e)
    {
        var path = $"result.{key}";
        var symbol = Symbol.Parse(String(e, "wsname", path));
        var priceTick = OptionalProp(e, "tick_size") is { } t ? Decimal(t, path + ".tick_size") : Pow10(-(int)Long(e, "pair_decimals", path));
        var sizeStep = Pow10(-(int)Long(e, "lot_decimals", path));
        decimal? minSize = OptionalProp(e, "ordermin") is { } m ? Decimal(m, path + ".ordermin") : null;
        decimal? minNotional = OptionalProp(e, "costmin") is { } c ? Decimal(c, path + ".costmin") : null;
        var status = OptionalProp(e, "status") is { } st ? String(st, path + ".status") : "online";
        return new MarketInfo(Exchange.Kraken, symbol, key, priceTick, sizeStep, minSize, minNotional,
            status == "online" ? MarketStatus.Trading : MarketStatus.Halted);
    }

    /// <summary>OHLC row: [time, open, high, low, close, vwap, volume, count].</summary>
    public static (DateTimeOffset Open, decimal O, decimal H, decimal L, decimal C, decimal V) Ohlc(JsonElement row, string path) =>
        (DateTimeOffset.FromUnixTimeSeconds(Long(Index(row, 0, path), path + "[0]")),
         Decimal(Index(row, 1, path), path + "[1]"), Decimal(Index(row, 2, path), path + "[2]"),
         Decimal(Index(row, 3, path), path + "[3]"), Decimal(Index(row, 4, path), path + "[4]"),
         Decimal(Index(row, 6, path), path + "[6]"));

    /// <summary>Trade row: [price, volume, time (s, fractional), side b|s, type, misc, trade_id].</summary>
    public static Trade Trade(JsonElement row, string path)
    {
        var price = Decimal(Index(row, 0, path), path + "[0]");
        var size = Decimal(Index(row, 1, path), path + "[1]");
        var seconds = Decimal(Index(row, 2, path), path + "[2]");
        var side = String(Index(row, 3, path), path + "[3]") switch
        {
            "b" => TakerSide.Buy,
            "s" => TakerSide.Sell,
            var other => throw new PayloadException($"{path}[3]: expected 'b' or 's', got '{other}'"),
        };
        var id = row.GetArrayLength() > 6 ? Id(row[6], path + "[6]") : null;
        var time = DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return new Trade(time, price, size, side, id);
    }

    public static Ticker Ticker(Symbol symbol, JsonElement e, string path, DateTimeOffset now)
    {
        var baseVolume = Decimal(Index(Prop(e, "v", path), 1, path + ".v"), path + ".v[1]");
        var vwap = Decimal(Index(Prop(e, "p", path), 1, path + ".p"), path + ".p[1]");
        return new Ticker(Exchange.Kraken, symbol, now,
            Decimal(Index(Prop(e, "b", path), 0, path + ".b"), path + ".b[0]"),
            Decimal(Index(Prop(e, "a", path), 0, path + ".a"), path + ".a[0]"),
            Decimal(Index(Prop(e, "c", path), 0, path + ".c"), path + ".c[0]"),
            baseVolume, baseVolume * vwap);
    }

    public static BookLevel[] Levels(JsonElement side, string path, int depth) =>
        [.. Array(side, path).EnumerateArray().Take(depth).Select((l, i) =>
            new BookLevel(Decimal(Index(l, 0, $"{path}[{i}]"), $"{path}[{i}][0]"), Decimal(Index(l, 1, $"{path}[{i}]"), $"{path}[{i}][1]")))];

    public static string Interval(Timeframe tf) => tf.Code switch
    {
        "1m" => "1", "5m" => "5", "15m" => "15", "30m" => "30", "1h" => "60", "4h" => "240", "1d" => "1440",
        _ => string.Empty,
    };

    private static decimal Pow10(int exponent)
    {
        var v = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            v /= 10m;
        }

        return v;
    }

    internal static string Inv(long v) => v.ToString(CultureInfo.InvariantCulture);
}
