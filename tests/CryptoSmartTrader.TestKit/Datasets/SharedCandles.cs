using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.TestKit.Datasets;

/// <summary>
/// Reads a real candle file from the datasets (<c>timestamp_ms,open,high,low,close,volume[,…]</c>, open times in UTC ms)
/// into a <see cref="CandleSeries"/> stamped at open and close, with the product's one reader (<see cref="CandleCsv"/>),
/// so tests and product apply the same rules.
/// </summary>
public static class SharedCandles
{
    private static readonly Dictionary<string, CandleSeries> Cache = new(StringComparer.Ordinal);

    /// <summary>Binance spot hourly candles, e.g. <c>BinanceHourly("BTC")</c>.</summary>
    public static CandleSeries BinanceHourly(string baseAsset) =>
        Load(Path.Combine("candles", "binance_spot_1h", $"{baseAsset}_USDT-1h.csv.gz"), Exchange.Binance, new Symbol(baseAsset, "USDT"), Timeframe.H1);

    public static CandleSeries BinanceDaily(string baseAsset) =>
        Load(Path.Combine("candles", "binance_spot_1d", $"{baseAsset}_USDT-1d.csv.gz"), Exchange.Binance, new Symbol(baseAsset, "USDT"), Timeframe.D1);

    public static CandleSeries Load(string relativePath, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(relativePath, out var cached))
            {
                return cached;
            }
        }

        var read = CandleCsv.Read(SharedDatasets.PathOf(relativePath), exchange, symbol, timeframe);
        var series = read.Series ?? throw new InvalidDataException(read.Error);
        lock (Cache)
        {
            Cache[relativePath] = series;
        }

        return series;
    }
}
