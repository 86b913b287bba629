using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Kraken;

/// <summary>Kraken Futures payloads: <c>{"result":"success",...}</c> or <c>{"result":"error","error":"..."}</c>.</summary>
internal static class KrakenFuturesParser
{
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind != JsonValueKind.Object || OptionalProp(root, "result") is not { ValueKind: JsonValueKind.String } r || r.GetString() != "error")
        {
            return null;
        }

        var message = OptionalProp(root, "error")?.ToString() ?? OptionalProp(root, "errors")?.ToString() ?? "(no message)";
        var kind = message.Contains("apiLimitExceeded", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.RateLimited
            : message.Contains("Contract_not_found", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.Unsupported
            : ExchangeErrorKind.Venue;
        return new ExchangeError(Exchange.Kraken, kind, "error", message);
    }

    /// <summary>ISO-8601 UTC stamps such as <c>2022-06-28T00:00:00.000Z</c>.</summary>
    public static DateTimeOffset Time(JsonElement obj, string name, string path)
    {
        var raw = String(obj, name, path);
        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t
            : throw new PayloadException($"{Join(path, name)}: expected an ISO-8601 time, got '{raw}'");
    }

    public static string? Resolution(Timeframe tf) => tf.Code is "1m" or "5m" or "15m" or "30m" or "1h" or "4h" or "12h" or "1d" or "1w" ? tf.Code : null;
}
