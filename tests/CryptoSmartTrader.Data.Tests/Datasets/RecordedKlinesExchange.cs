using System.Globalization;
using System.IO.Compression;
using System.Text;
using CryptoSmartTrader.Data.Tests.Exchanges.Loopback;
using Microsoft.AspNetCore.Http;

namespace CryptoSmartTrader.Data.Tests.Datasets;

/// <summary>
/// A loopback Binance that answers <c>GET /api/v3/klines</c> from recorded candle files (the shared datasets) the way
/// Binance pages: bars with open time in [startTime, endTime], at most <c>limit</c>, ascending, prices as decimal
/// strings, unknown symbols rejected with Binance's -1121. <see cref="Tamper"/> changes a bar before it is served, to
/// stand for an exchange whose history no longer matches the manifest.
/// </summary>
public sealed class RecordedKlinesExchange(string datasetRoot)
{
    private readonly Dictionary<(string Symbol, string Interval), List<string[]>?> _series = [];

    /// <summary>(native symbol, open ms, columns) → columns actually served.</summary>
    public Func<string, long, string[], string[]>? Tamper { get; set; }

    public int Served { get; private set; }

    public void MapOn(LoopbackServer server) => server.Map("/api/v3/klines", HandleAsync);

    private async Task HandleAsync(HttpContext context)
    {
        var q = context.Request.Query;
        var symbol = q["symbol"].ToString();
        var interval = q["interval"].ToString();
        var rows = Series(symbol, interval);
        context.Response.ContentType = "application/json";
        if (rows is null)
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("""{"code":-1121,"msg":"Invalid symbol."}""");
            return;
        }

        var start = long.Parse(q["startTime"].ToString(), CultureInfo.InvariantCulture);
        var end = q.ContainsKey("endTime") ? long.Parse(q["endTime"].ToString(), CultureInfo.InvariantCulture) : long.MaxValue;
        var limit = q.ContainsKey("limit") ? int.Parse(q["limit"].ToString(), CultureInfo.InvariantCulture) : 500;
        var step = IntervalMs(interval);
        var json = new StringBuilder("[");
        var n = 0;
        foreach (var row in rows)
        {
            var open = long.Parse(row[0], CultureInfo.InvariantCulture);
            if (open < start || open > end) continue;
            if (n == limit) break;
            var r = Tamper?.Invoke(symbol, open, row) ?? row;
            json.Append(n++ == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[{open},\"{Dec(r[1])}\",\"{Dec(r[2])}\",\"{Dec(r[3])}\",\"{Dec(r[4])}\",\"{Dec(r[5])}\",{open + step - 1},\"0\",0,\"0\",\"0\",\"0\"]");
        }

        Served += n;
        await context.Response.WriteAsync(json.Append(']').ToString());
    }

    private List<string[]>? Series(string symbol, string interval)
    {
        lock (_series)
        {
            if (_series.TryGetValue((symbol, interval), out var cached)) return cached;
            var file = Directory.EnumerateDirectories(Path.Combine(datasetRoot, "candles"), $"binance_spot_{interval}*")
                .SelectMany(d => Directory.EnumerateFiles(d))
                .FirstOrDefault(f => Path.GetFileName(f).Split('-')[0].Replace("_", "", StringComparison.Ordinal) == symbol);
            List<string[]>? rows = null;
            if (file is not null)
            {
                using var stream = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(File.OpenRead(file), CompressionMode.Decompress) : (Stream)File.OpenRead(file);
                using var reader = new StreamReader(stream);
                rows = [];
                _ = reader.ReadLine();
                while (reader.ReadLine() is { Length: > 0 } line) rows.Add(line.Split(','));
            }

            return _series[(symbol, interval)] = rows;
        }
    }

    // Binance writes plain decimals with 8 places ("4261.48000000"); the parser must not depend on the file's text form.
    private static string Dec(string s) => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("0.00000000", CultureInfo.InvariantCulture);

    private static long IntervalMs(string interval) => interval switch
    {
        "1m" => 60_000, "5m" => 300_000, "1h" => 3_600_000, "1d" => 86_400_000,
        _ => throw new ArgumentException($"interval {interval} is not served by this loopback"),
    };
}
