using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Benchmarks.Bot;

/// <summary>
/// A temporary dataset folder and strategy file for the cycle-latency run, cut from the real shared Binance files
/// (rows whose bar closes inside the window). The shared datasets hold fewer distinct real series than the 100-symbol
/// target (17 hourly, 30 daily), so when more slots are asked for, real files are reused under replica names
/// (<c>BTCR2/USDT</c> = the BTC/USDT file again): every candle is real, but replicas are not independent markets.
/// </summary>
internal sealed class CycleDataset
{
    public CycleDataset(string timeframe, int slots, DateTimeOffset from, DateTimeOffset to)
    {
        Root = Directory.CreateTempSubdirectory("cst-bot-cycle-").FullName;
        var source = SharedDatasets.PathOf("candles", $"binance_spot_{timeframe}");
        var folder = Path.Combine(Root, "datasets", "candles", $"binance_spot_{timeframe}");
        Directory.CreateDirectory(folder);
        var files = Directory.GetFiles(source, $"*_USDT-{timeframe}.csv.gz").Order(StringComparer.Ordinal).ToList();
        var step = timeframe == "1d" ? 86_400_000L : 3_600_000L;
        var rows = files.ToDictionary(f => f, f => Cut(f, from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), step));
        files = files.Where(f => rows[f].Count > 1).ToList(); // a coin listed after the window has nothing to replay
        DistinctSeries = files.Count;
        for (var slot = 0; slot < slots; slot++)
        {
            var file = files[slot % files.Count];
            var baseAsset = Path.GetFileName(file).Split('_')[0];
            var replica = slot / files.Count;
            var name = replica == 0 ? baseAsset : $"{baseAsset}R{replica + 1}";
            File.WriteAllLines(Path.Combine(folder, $"{name}_USDT-{timeframe}.csv"), rows[file]);
            Symbols.Add($"{name}/USDT");
        }

        StrategyFile = Path.Combine(Root, "strategy.json");
        // Enough cash that orders clear the exchange minimums on every symbol, so the cycle really sends orders.
        File.WriteAllText(StrategyFile, JsonSerializer.Serialize(new { exchange = "binance", timeframe, symbols = Symbols, strategy = "sma-cross", initialCash = 1_000_000m }));
    }

    public string Root { get; }
    public string Datasets => Path.Combine(Root, "datasets");
    public string Db => Path.Combine(Root, "cst.db");
    public string StrategyFile { get; }
    public int DistinctSeries { get; }
    public List<string> Symbols { get; } = [];

    private static List<string> Cut(string path, long fromMs, long toMs, long stepMs)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var lines = new List<string> { reader.ReadLine() ?? "" };
        while (reader.ReadLine() is { } line)
        {
            var close = long.Parse(line.AsSpan(0, line.IndexOf(',', StringComparison.Ordinal)), CultureInfo.InvariantCulture) + stepMs;
            if (close > fromMs && close <= toMs) lines.Add(line);
        }

        return lines;
    }
}
