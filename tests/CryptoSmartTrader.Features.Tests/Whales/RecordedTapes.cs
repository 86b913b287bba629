using System.Globalization;
using System.IO.Compression;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.Whales;

/// <summary>Reads the shared trade tapes (<c>timestamp_ms,trade_id,price,amount,side[,…]</c>).</summary>
internal static class RecordedTapes
{
    public static IReadOnlyList<Trade> Read(string file)
    {
        var path = SharedDatasets.PathOf("trades", file);
        using var stream = File.OpenRead(path);
        using Stream s = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(s);
        _ = reader.ReadLine();
        var trades = new List<Trade>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split(',');
            var side = f[4] switch { "buy" => TakerSide.Buy, "sell" => TakerSide.Sell, _ => TakerSide.Unknown };
            trades.Add(new Trade(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(f[0], CultureInfo.InvariantCulture)),
                decimal.Parse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture), decimal.Parse(f[3], NumberStyles.Float, CultureInfo.InvariantCulture),
                side, f[1]));
        }

        return trades;
    }
}
