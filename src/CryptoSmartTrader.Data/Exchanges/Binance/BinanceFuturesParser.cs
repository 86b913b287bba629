using System.Text.Json;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Derivatives;
using CryptoSmartTrader.Data.Exchanges.Json;
using static CryptoSmartTrader.Data.Exchanges.Json.JsonFields;

namespace CryptoSmartTrader.Data.Exchanges.Binance;

/// <summary>Binance USD-M futures payloads (<c>/fapi/*</c>, <c>/futures/data/*</c>); errors share the spot shape.</summary>
internal static class BinanceFuturesParser
{
    public static FundingRate Funding(JsonElement e, string path, string native)
    {
        BinanceParser.CheckSymbol(e, path, native);
        return new FundingRate(
            DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "fundingTime", path)),
            Decimal(e, "fundingRate", path),
            DerivativesParsing.OptionalDecimal(e, "markPrice", path));
    }

    /// <summary>Open-interest history row; the venue's timestamp is read as the period start and the period added (see <see cref="Derivatives.OpenInterest"/>).</summary>
    public static OpenInterest OpenInterest(JsonElement e, string path, string native, Timeframe period)
    {
        BinanceParser.CheckSymbol(e, path, native);
        var start = DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "timestamp", path));
        return new OpenInterest(period.CloseOf(start), Decimal(e, "sumOpenInterest", path), DerivativesParsing.OptionalDecimal(e, "sumOpenInterestValue", path));
    }

    /// <summary>Basis row for the perpetual, stamped at its period end; <c>annualizedBasisRate</c> is empty for perpetuals and not read.</summary>
    public static BasisPoint Basis(JsonElement e, string path, string native, Timeframe period)
    {
        var pair = String(e, "pair", path);
        var contract = String(e, "contractType", path);
        if (pair != native || contract != "PERPETUAL")
        {
            throw new PayloadException($"{path}: expected {native} PERPETUAL, got '{pair}' {contract}");
        }

        return new BasisPoint(period.CloseOf(DateTimeOffset.FromUnixTimeMilliseconds(Long(e, "timestamp", path))), Decimal(e, "futuresPrice", path),
            Decimal(e, "indexPrice", path), Decimal(e, "basis", path), Decimal(e, "basisRate", path));
    }

    /// <summary>Kline row of the mark/index/premium endpoints: [openTime, open, high, low, close, ...].</summary>
    public static DerivativesBar Bar(JsonElement row, string path, Timeframe timeframe)
    {
        var open = DateTimeOffset.FromUnixTimeMilliseconds(Long(Index(row, 0, path), path + "[0]"));
        return DerivativesParsing.Checked(new DerivativesBar(open, timeframe.CloseOf(open),
            Decimal(Index(row, 1, path), path + "[1]"), Decimal(Index(row, 2, path), path + "[2]"),
            Decimal(Index(row, 3, path), path + "[3]"), Decimal(Index(row, 4, path), path + "[4]")), path);
    }

    public static string? OpenInterestPeriod(Timeframe tf) => tf.Code is "5m" or "15m" or "30m" or "1h" or "2h" or "4h" or "6h" or "12h" or "1d" ? tf.Code : null;
}
