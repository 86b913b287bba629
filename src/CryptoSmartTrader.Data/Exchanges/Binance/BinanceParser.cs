using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Binance;

/// <summary>Binance spot REST payloads; errors are <c>{"code":-1121,"msg":"Invalid symbol."}</c> with a 4xx status.</summary>
internal static class BinanceParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("code", out var code) || !root.TryGetProperty("msg", out var msg))
        {
            return null;
        }

        if (status is >= 200 and < 300 && root.EnumerateObject().Count() > 2)
        {
            return null;
        }

        var kind = code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var c) && c == -1121 ? ExchangeErrorKind.Unsupported : ExchangeErrorKind.Venue;
        return new ExchangeError(Exchange.Binance, kind, code.GetRawText().Trim('"'), msg.ValueKind == JsonValueKind.String ? msg.GetString()! : msg.GetRawText());
    }

    public static MarketInfo Market(JsonElement e, string path)
    {
        var native = String(e, "symbol", path);
        var symbol = new Symbol(String(e, "baseAsset", path), String(e, "quoteAsset", path));
        decimal? tick = null, step = null, minQty = null, minNotional = null;
        if (OptionalProp(e, "filters") is { } filters)
        {
            var i = 0;
            foreach (var f in Array(filters, path + ".filters").EnumerateArray())
            {
                var fp = $"{path}.filters[{i++}]";
                switch (OptionalProp(f, "filterType")?.GetString())
                {
                    case "PRICE_FILTER":
                        tick = Decimal(f, "tickSize", fp);
                        break;
                    case "LOT_SIZE":
                        step = Decimal(f, "stepSize", fp);
                        minQty = Decimal(f, "minQty", fp);
                        break;
                    case "NOTIONAL":
                    case "MIN_NOTIONAL":
                        minNotional = Decimal(f, "minNotional", fp);
                        break;
                }
            }
        }

        // Without filters the asset precisions are the finest increments the venue accepts.
        tick ??= Pow10(Long(e, "quoteAssetPrecision", path));
        step ??= Pow10(Long(e, "baseAssetPrecision", path));
        var status = String(e, "status", path) == "TRADING" ? MarketStatus.Trading : MarketStatus.Halted;
        return new MarketInfo(Exchange.Binance, symbol, native, tick.Value, step.Value, minQty, minNotional, status);
    }

    /// <summary>Kline row: [openTime ms, open, high, low, close, volume, closeTime, quoteVolume, trades, ...].</summary>
    public static (DateTimeOffset Open, decimal O, decimal H, decimal L, decimal C, decimal V) Kline(JsonElement row, string path) =>
        (DateTimeOffset.FromUnixTimeMilliseconds(Long(Index(row, 0, path), path + "[0]")),
         Decimal(Index(row, 1, path), path + "[1]"), Decimal(Index(row, 2, path), path + "[2]"),
         Decimal(Index(row, 3, path), path + "[3]"), Decimal(Index(row, 4, path), path + "[4]"),
         Decimal(Index(row, 5, path), path + "[5]"));

    public static Trade Trade(JsonElement e, string path) => new(
        DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "time", path)),
        Decimal(e, "price", path),
        Decimal(e, "qty", path),
        // The maker bought, so the taker sold.
        Bool(Prop(e, "isBuyerMaker", path), path + ".isBuyerMaker") ? TakerSide.Sell : TakerSide.Buy,
        Id(Prop(e, "id", path), path + ".id"));

    public static Ticker Ticker(Symbol symbol, JsonElement e, string path) => new(
        Exchange.Binance, symbol,
        DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "closeTime", path)),
        Decimal(e, "bidPrice", path), Decimal(e, "askPrice", path), Decimal(e, "lastPrice", path),
        Decimal(e, "volume", path), Decimal(e, "quoteVolume", path));

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

    /// <summary>Binance's documented request weight of <c>/api/v3/depth</c> by limit.</summary>
    public static int DepthWeight(int limit) => limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;

    public static int DepthLimit(int depth) => new[] { 5, 10, 20, 50, 100, 500, 1000, 5000 }.FirstOrDefault(l => l >= depth, 5000);

    public static string Interval(Timeframe tf) => tf.Code;

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
