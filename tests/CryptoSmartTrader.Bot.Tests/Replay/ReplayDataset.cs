using System.Globalization;
using System.IO.Compression;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Bot.Tests.Replay;

/// <summary>A small dataset folder cut from the real shared Binance 1h files (the first <c>bars</c> rows), plus a fresh store path.</summary>
internal sealed class ReplayDataset
{
    public ReplayDataset(int bars, params string[] files)
    {
        Root = Directory.CreateTempSubdirectory("cst-replay-").FullName;
        var folder = Path.Combine(Root, "datasets", "candles", "binance_spot_1h");
        Directory.CreateDirectory(folder);
        foreach (var file in files.Length == 0 ? ["BTC_USDT-1h", "ETH_USDT-1h"] : files)
        {
            using var gz = new GZipStream(File.OpenRead(SharedDatasets.PathOf("candles", "binance_spot_1h", file + ".csv.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(gz);
            var lines = new List<string>();
            for (var i = 0; i <= bars && reader.ReadLine() is { } line; i++) lines.Add(line);
            File.WriteAllLines(Path.Combine(folder, file + ".csv"), lines);
            Rows[file[..file.IndexOf('-', StringComparison.Ordinal)].Replace('_', '/')] = lines.Skip(1).Select(l => l.Split(','))
                .Select(c => (Close: DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(c[0], CultureInfo.InvariantCulture) + 3_600_000), Price: decimal.Parse(c[4], CultureInfo.InvariantCulture)))
                .ToList();
        }
    }

    public string Root { get; }
    public string Datasets => Path.Combine(Root, "datasets");
    public string Db => Path.Combine(Root, "cst.db");

    /// <summary>Per symbol, the bar close times and close prices as the file states them (the independent reference).</summary>
    public Dictionary<string, List<(DateTimeOffset Close, decimal Price)>> Rows { get; } = [];

    public string[] Args(string mode, double speed) =>
        ["--mode", mode, "--db", Db, "--datasets", Datasets, "--speed", speed.ToString(CultureInfo.InvariantCulture), "--Bot:Engine:ReplayLastBars", "0",
            "--Bot:MarketData:Source", "Replay"]; // paper and shadow replay even where an exchange is reachable
}
