using System.Globalization;
using System.IO.Compression;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.TestKit.Datasets;

/// <summary>
/// Reads a real candle file from the shared datasets (<c>timestamp_ms,open,high,low,close,volume[,…]</c>, open times in
/// UTC ms) into a <see cref="CandleSeries"/> stamped at open and close. For tests of layers that must not depend on the
/// data layer's importer; the importer has its own tests.
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

        var path = SharedDatasets.PathOf(relativePath);
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        var builder = new CandleSeriesBuilder(exchange, symbol, timeframe, 70_000);
        _ = reader.ReadLine();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split(',');
            var open = long.Parse(f[0], CultureInfo.InvariantCulture);
            builder.Add(open, timeframe.CloseOfMs(open), D(f[1]), D(f[2]), D(f[3]), D(f[4]), D(f[5]));
        }

        var series = builder.Build();
        lock (Cache)
        {
            Cache[relativePath] = series;
        }

        return series;
    }

    private static double D(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
