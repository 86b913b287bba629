using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Htx;

/// <summary>HTX USDT-margined swap payloads (<c>/linear-swap-api/*</c>, <c>/index/market/*</c>); errors share the spot shape.</summary>
internal static class HtxSwapParser
{
    /// <summary>
    /// The swap API spells its error fields <c>err_code</c>/<c>err_msg</c> (spot: <c>err-code</c>/<c>err-msg</c>);
    /// 1332 and 1014 are "contract does not exist".
    /// </summary>
    public static ExchangeError? VenueError(JsonElement root, int status)
    {
        if (root.ValueKind != JsonValueKind.Object || OptionalProp(root, "status") is not { ValueKind: JsonValueKind.String } s || s.GetString() != "error")
        {
            return null;
        }

        var code = (OptionalProp(root, "err_code") ?? OptionalProp(root, "err-code"))?.ToString() ?? "error";
        var msg = (OptionalProp(root, "err_msg") ?? OptionalProp(root, "err-msg"))?.ToString() ?? "(no message)";
        var kind = code is "1332" or "1014" ? ExchangeErrorKind.Unsupported
            : code is "1087" or "1088" or "1089" || code.Contains("limit", StringComparison.OrdinalIgnoreCase) ? ExchangeErrorKind.RateLimited
            : ExchangeErrorKind.Venue;
        return new ExchangeError(Exchange.Htx, kind, code, msg);
    }

    public static FundingRate Funding(JsonElement e, string path, string native)
    {
        CheckContract(e, path, native);
        return new FundingRate(DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "funding_time", path)), Decimal(e, "funding_rate", path));
    }

    /// <summary>Open-interest tick; <c>ts</c> is read as the period start (see <see cref="Derivatives.OpenInterest"/>), <c>volume</c> is in contracts (amount_type 1).</summary>
    public static OpenInterest OpenInterest(JsonElement e, string path, Timeframe period)
    {
        var amountType = Long(e, "amount_type", path);
        if (amountType != 1)
        {
            throw new PayloadException($"{Join(path, "amount_type")}: expected 1 (contracts), got {amountType}");
        }

        var start = DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "ts", path));
        return new OpenInterest(period.CloseOf(start), Decimal(e, "volume", path), DerivativesParsing.OptionalDecimal(e, "value", path));
    }

    /// <summary>Index-market kline: <c>id</c> is the open time in seconds.</summary>
    public static DerivativesBar Bar(JsonElement e, string path, Timeframe timeframe)
    {
        var open = DateTimeOffset.FromUnixTimeSeconds(Long(e, "id", path));
        return DerivativesParsing.Checked(new DerivativesBar(open, timeframe.CloseOf(open), Decimal(e, "open", path), Decimal(e, "high", path),
            Decimal(e, "low", path), Decimal(e, "close", path)), path);
    }

    /// <summary>Basis row: <c>id</c> is the period open in seconds; stamped at the period end.</summary>
    public static BasisPoint Basis(JsonElement e, string path, Timeframe period) => new(
        period.CloseOf(DateTimeOffset.FromUnixTimeSeconds(Long(e, "id", path))), Decimal(e, "contract_price", path), Decimal(e, "index_price", path),
        Decimal(e, "basis", path), Decimal(e, "basis_rate", path));

    public static void CheckContract(JsonElement e, string path, string native)
    {
        var actual = String(e, "contract_code", path);
        if (!string.Equals(actual, native, StringComparison.OrdinalIgnoreCase))
        {
            throw new PayloadException($"{Join(path, "contract_code")}: expected {native}, got '{actual}'");
        }
    }

    public static string Period(Timeframe tf) => tf.Code switch
    {
        "1m" => "1min", "5m" => "5min", "15m" => "15min", "30m" => "30min", "1h" => "60min", "4h" => "4hour", "1d" => "1day", "1w" => "1week",
        _ => string.Empty,
    };

    public static string OpenInterestPeriod(Timeframe tf) => tf.Code switch
    {
        "1h" => "60min", "4h" => "4hour", "12h" => "12hour", "1d" => "1day",
        _ => string.Empty,
    };
}
