using System.Globalization;
using System.IO.Compression;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Data.Datasets;

/// <summary>What to fetch, where to, and with which clients.</summary>
public sealed class DatasetFetchOptions
{
    /// <summary>The dataset root to write (shared layout: <c>candles/binance_spot_1h/BTC_USDT-1h.csv.gz</c>…).</summary>
    public required string Into { get; init; }

    /// <summary>One long-lived client per venue (its rate limiter paces every request).</summary>
    public required Func<Exchange, IMarketDataClient> Clients { get; init; }

    /// <summary>Datasets to fetch (default: every dataset whose decision is <see cref="DatasetDecision.Fetch"/>).</summary>
    public Func<DatasetEntry, bool>? Select { get; init; }

    /// <summary>An existing copy to compare with when a fingerprint differs, so the error names the exact first differing bar.</summary>
    public string? Reference { get; init; }

    /// <summary>Bars per request; each request's bars are appended to the partial file, so an interrupted fetch resumes after them.</summary>
    public int ChunkBars { get; init; } = 1000;

    public Action<string>? Log { get; init; }
}

public enum DatasetFileStatus
{
    /// <summary>Already there with the manifest's fingerprint; nothing fetched.</summary>
    Present,

    /// <summary>Downloaded and matching the manifest's fingerprint.</summary>
    Fetched,

    /// <summary>Could not be downloaded, or downloaded but different from the manifest (nothing written).</summary>
    Failed,
}

public sealed record DatasetFileOutcome(string Dataset, string Path, DatasetFileStatus Status, int Requests, string Message);

/// <summary>
/// Rebuilds the re-downloadable candle datasets with the project's exchange adapters: per file, the manifest's window
/// is requested in chunks, each chunk appended to <c>FILE.partial</c> (so a rerun resumes after the last stored bar),
/// and the finished rows are checked against the manifest's fingerprint before the file is written. A mismatch is an
/// error naming the series and the first differing bar (or period, without a reference copy); it is never written.
/// </summary>
public sealed class DatasetFetcher(DatasetManifest manifest, DatasetFetchOptions options)
{
    private const string Header = "timestamp_ms,open,high,low,close,volume";

    public async Task<IReadOnlyList<DatasetFileOutcome>> RunAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = new List<DatasetFileOutcome>();
        foreach (var d in manifest.Datasets.Where(options.Select ?? (d => d.Decision == DatasetDecision.Fetch)))
        {
            if (d.Kind != "candles" || d.Exchange is null || d.Timeframe is null)
            {
                outcomes.AddRange(d.Files.Select(f => new DatasetFileOutcome(d.Id, f.Path, DatasetFileStatus.Failed, 0,
                    $"{f.Path} ({d.Id}) cannot be fetched: {d.HowToGet}")));
                continue;
            }

            foreach (var file in d.Files)
            {
                var outcome = await FetchFileAsync(d, file, cancellationToken).ConfigureAwait(false);
                options.Log?.Invoke($"{outcome.Status.ToString().ToLowerInvariant()}: {outcome.Message}");
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }

    private async Task<DatasetFileOutcome> FetchFileAsync(DatasetEntry d, DatasetFile file, CancellationToken ct)
    {
        var target = Path.Combine(options.Into, file.Path);
        if (File.Exists(target))
        {
            var present = DatasetManifestFiles.DescribeOne(options.Into, file.Path, d);
            if (DatasetManifestFiles.Compare(d, file, present) is null)
            {
                return new(d.Id, file.Path, DatasetFileStatus.Present, 0, $"{file.Path}: present, fingerprint matches");
            }

            options.Log?.Invoke($"{file.Path}: present but its fingerprint differs from the manifest; fetching it again");
        }

        var exchangeOk = Exchange.TryParse(d.Exchange, out var exchange, out _);
        var symbolOk = Symbol.TryParse(file.Symbol, out var symbol, out _);
        if (!exchangeOk || !symbolOk || !Timeframe.TryParse(d.Timeframe, out var tf) || !tf.IsFixed || file.First is null || file.Last is null)
        {
            return new(d.Id, file.Path, DatasetFileStatus.Failed, 0,
                $"{file.Path}: the manifest entry needs an exchange, a fixed timeframe, symbol BASE/QUOTE, first and last; got " +
                $"exchange '{d.Exchange}', timeframe '{d.Timeframe}', symbol '{file.Symbol}', first '{file.First}', last '{file.Last}'");
        }

        var first = Time(file.First);
        var end = tf.CloseOf(Time(file.Last));
        var partial = target + ".partial";
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var rows = ReadPartial(partial, first, end);
        var since = rows.Count > 0 ? tf.CloseOf(DateTimeOffset.FromUnixTimeMilliseconds(rows[^1].OpenMs)) : first;
        if (rows.Count > 0)
        {
            options.Log?.Invoke($"{file.Path}: resuming after {rows.Count} stored bars, from {CandleFingerprint.Iso(since.ToUnixTimeMilliseconds())}");
        }

        var client = options.Clients(exchange);
        var requests = 0;
        await using (var writer = new StreamWriter(partial, append: true, new UTF8Encoding(false)))
        {
            while (since < end)
            {
                var until = since + tf.Duration * options.ChunkBars < end ? since + tf.Duration * options.ChunkBars : end;
                requests++;
                var page = await client.GetCandlesAsync(symbol, tf, since, until, ct).ConfigureAwait(false);
                if (!page.IsSuccess)
                {
                    return new(d.Id, file.Path, DatasetFileStatus.Failed, requests,
                        $"{exchange} {symbol} {tf} ({file.Path}): download stopped at {CandleFingerprint.Iso(since.ToUnixTimeMilliseconds())}: {page.Error}; " +
                        $"{rows.Count} bars kept in {partial}, a rerun resumes there");
                }

                foreach (var c in page.Value)
                {
                    var ms = c.OpenTime.ToUnixTimeMilliseconds();
                    var row = CandleFingerprint.Row(ms, c.Open, c.High, c.Low, c.Close, c.Volume);
                    rows.Add((ms, row));
                    await writer.WriteAsync(row + "\n").ConfigureAwait(false);
                }

                await writer.FlushAsync(ct).ConfigureAwait(false);
                since = until;
            }
        }

        var fp = CandleFingerprint.Of(rows, CandleFingerprint.YearlyBlocks(d.Timeframe));
        var actual = new DatasetFile
        {
            Path = file.Path, Symbol = file.Symbol, Rows = fp.Rows, Sha256 = fp.Sha256, Blocks = fp.Blocks,
            First = fp.FirstOpenMs is { } f ? CandleFingerprint.Iso(f) : null, Last = fp.LastOpenMs is { } l ? CandleFingerprint.Iso(l) : null,
        };
        if (DatasetManifestFiles.Compare(d, file, actual) is { } difference)
        {
            File.Delete(partial);
            return new(d.Id, file.Path, DatasetFileStatus.Failed, requests, difference + FirstDifferingBar(d, file, rows));
        }

        Write(target, rows);
        File.Delete(partial);
        return new(d.Id, file.Path, DatasetFileStatus.Fetched, requests, $"{exchange} {symbol} {tf} ({file.Path}): {rows.Count} bars, fingerprint matches");
    }

    /// <summary>With a reference copy, the exact first bar where the fetched rows and the reference differ.</summary>
    private string FirstDifferingBar(DatasetEntry d, DatasetFile file, List<(long OpenMs, string Row)> fetched)
    {
        var reference = options.Reference is null ? null : Path.Combine(options.Reference, file.Path);
        if (reference is null || !File.Exists(reference))
        {
            return "; no reference copy to name the exact bar (pass --reference DIR)";
        }

        var expected = ReadRows(reference);
        for (var i = 0; i < Math.Max(expected.Count, fetched.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : default;
            var a = i < fetched.Count ? fetched[i] : default;
            if (e.Row != a.Row)
            {
                var at = e.Row is null ? a.OpenMs : a.Row is null ? e.OpenMs : Math.Min(e.OpenMs, a.OpenMs);
                return $"; first differing bar {CandleFingerprint.Iso(at)}: expected '{e.Row ?? "(no bar)"}', got '{a.Row ?? "(no bar)"}'";
            }
        }

        return "; the rows equal the reference copy, which itself differs from the manifest";
    }

    private static List<(long OpenMs, string Row)> ReadRows(string path)
    {
        var rows = new List<(long, string)>();
        var text = Encoding.UTF8.GetString(CandleCsv.ReadBytes(path));
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && CandleFingerprint.NormaliseRow(line, out var ms, out _) is { } row)
            {
                rows.Add((ms, row));
            }
        }

        return rows;
    }

    /// <summary>Rows already fetched; an unfinished last line (interrupted write) or rows outside the window are dropped.</summary>
    private static List<(long OpenMs, string Row)> ReadPartial(string partial, DateTimeOffset first, DateTimeOffset end)
    {
        var rows = new List<(long OpenMs, string Row)>();
        if (!File.Exists(partial))
        {
            return rows;
        }

        var text = File.ReadAllText(partial);
        var complete = text.LastIndexOf('\n') + 1;
        var kept = new StringBuilder();
        foreach (var line in text[..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CandleFingerprint.NormaliseRow(line, out var ms, out _) is not { } row || ms < first.ToUnixTimeMilliseconds()
                || ms >= end.ToUnixTimeMilliseconds() || (rows.Count > 0 && ms <= rows[^1].OpenMs))
            {
                break; // anything after a bad row is refetched
            }

            rows.Add((ms, row));
            kept.Append(row).Append('\n');
        }

        File.WriteAllText(partial, kept.ToString());
        return rows;
    }

    private static void Write(string target, List<(long OpenMs, string Row)> rows)
    {
        var temp = target + ".tmp";
        using (var file = File.Create(temp))
        using (Stream stream = target.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionLevel.SmallestSize) : file)
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Header + "\n");
            foreach (var (_, row) in rows)
            {
                writer.Write(row);
                writer.Write('\n');
            }
        }

        File.Move(temp, target, overwrite: true);
    }

    private static DateTimeOffset Time(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
