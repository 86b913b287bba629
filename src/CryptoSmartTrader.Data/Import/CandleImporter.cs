using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Data.Import;

/// <summary>
/// Imports candle CSV / CSV.gz files in the shared-datasets layout into an <see cref="ICandleStore"/>, one transaction per
/// file: a file is stored completely or not at all. Re-importing identical data stores nothing new; a bar that conflicts
/// with a stored one rejects the file.
/// </summary>
public sealed class CandleImporter(ICandleStore store)
{
    /// <summary>
    /// Imports <paramref name="source"/>: one file, or every <c>*.csv</c> / <c>*.csv.gz</c> below a folder (below its <c>candles/</c>
    /// subfolder when it has one, so the datasets root can be passed). <paramref name="exchange"/> overrides the venue read from folder names.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(string source, Exchange? exchange = null, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var files = ListFiles(source);
        var results = new List<FileImportResult>(files.Count);

        // Two-stage pipeline: the next file is read and parsed on the thread pool while the current one is written.
        var next = files.Count > 0 ? Task.Run(() => PrepareAsync(files[0], exchange, cancellationToken), cancellationToken) : null;
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = await next!.ConfigureAwait(false);
            var index = i + 1;
            next = index < files.Count ? Task.Run(() => PrepareAsync(files[index], exchange, cancellationToken), cancellationToken) : null;
            var result = await StoreAsync(files[i], prepared, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            progress?.Report(new ImportProgress(results.Count, files.Count, result));
        }

        return new ImportSummary(results);
    }

    /// <summary>The files <see cref="ImportAsync"/> would read, in import order; throws <see cref="FileNotFoundException"/> when the source does not exist.</summary>
    public static IReadOnlyList<string> ListFiles(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (File.Exists(source))
        {
            return [source];
        }

        if (!Directory.Exists(source))
        {
            throw new FileNotFoundException($"import source not found: {source} (expected a .csv/.csv.gz file or a folder of them)", source);
        }

        var root = Directory.Exists(Path.Combine(source, "candles")) ? Path.Combine(source, "candles") : source;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(DatasetFileNames.IsCandleFile)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public async Task<FileImportResult> ImportFileAsync(string path, Exchange? exchange = null, CancellationToken cancellationToken = default) =>
        await StoreAsync(path, await PrepareAsync(path, exchange, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    // Name inference, reading and parsing: no store access, so it can run ahead of the writer.
    private static async Task<(CandleFileTarget? Target, ParsedCandleFile? Parsed, FileImportResult? Early)> PrepareAsync(string path, Exchange? exchange,
        CancellationToken cancellationToken)
    {
        var target = DatasetFileNames.Infer(path, exchange, out var skipReason, out var nameError);
        if (target is null)
        {
            return (null, null, skipReason is not null ? FileImportResult.Skip(path, skipReason) : FileImportResult.Reject(path, null, nameError!));
        }

        ReadOnlyMemory<byte> data;
        try
        {
            string? readError = null;
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                (data, readError) = await GzipFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                data = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }

            if (readError is not null)
            {
                return (target, null, FileImportResult.Reject(path, target, readError));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (target, null, FileImportResult.Reject(path, target, $"{path}:0: cannot read the file: {ex.Message}"));
        }

        var parsed = CandleCsvParser.Parse(data.Span, path, target, out var error);
        return parsed is null ? (target, null, FileImportResult.Reject(path, target, error!)) : (target, parsed, null);
    }

    private async Task<FileImportResult> StoreAsync(string path, (CandleFileTarget? Target, ParsedCandleFile? Parsed, FileImportResult? Early) prepared,
        CancellationToken cancellationToken)
    {
        if (prepared.Early is not null)
        {
            return prepared.Early;
        }

        var (target, parsed) = (prepared.Target!, prepared.Parsed!);
        var write = await store.ImportAsync(parsed.Series, cancellationToken).ConfigureAwait(false);
        if (write.Rejected)
        {
            return FileImportResult.Reject(path, target, $"{path}:{parsed.Lines[write.ConflictIndex]}: {write.Error}");
        }

        return new FileImportResult(path, FileImportStatus.Imported, target.Exchange, target.Symbol, target.Timeframe, parsed.Series.Count,
            write.Inserted, write.Unchanged, parsed.IdenticalDuplicateLines, null);
    }
}
