using System.Text.Json;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>Field readers shared by the four derivatives parsers.</summary>
internal static class DerivativesParsing
{
    /// <summary>
    /// A decimal that may be absent, null or an empty string (Binance sends <c>"markPrice": ""</c> on old funding rows and
    /// <c>"annualizedBasisRate": ""</c> on basis rows): those are "not reported", never zero.
    /// </summary>
    public static decimal? OptionalDecimal(JsonElement e, string name, string path) =>
        OptionalProp(e, name) is { } v && !(v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString()))
            ? Decimal(v, Join(path, name))
            : null;

    /// <summary>High and low must bound open and close; premium bars are signed, so nothing else is assumed.</summary>
    public static DerivativesBar Checked(DerivativesBar bar, string path) =>
        bar.High >= Math.Max(bar.Open, bar.Close) && bar.Low <= Math.Min(bar.Open, bar.Close)
            ? bar
            : throw new PayloadException($"{path}: high {bar.High} / low {bar.Low} do not bound open {bar.Open} and close {bar.Close}");
}
