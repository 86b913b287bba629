using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;

namespace CryptoSmartTrader.Data.Datasets;

/// <summary>
/// The one reader for candle CSV files in the dataset layout (<c>timestamp_ms,open,high,low,close,volume[,extra…]</c>,
/// bar open times in UTC ms, plain or gzip). It applies the importer's rules: every value must be a finite number
/// (an unparsable or NaN field fails the file), prices &gt; 0, volume ≥ 0, OHLC consistent, rows in time order and on the
/// bar grid. The first bad row fails the whole file with <c>file:line: reason</c>; nothing is skipped or repaired.
/// </summary>
public static class CandleCsv
{
    public static CandleCsvResult Read(string path, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        byte[] data;
        try
        {
            data = ReadBytes(path);
        }
        catch (InvalidDataException ex)
        {
            // A cut-off or damaged gzip: the message names the file and the byte offset.
            return CandleCsvResult.Fail(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CandleCsvResult.Fail($"{path}: cannot read the file ({ex.Message})");
        }

        var parsed = CandleCsvParser.Parse(data, path, new CandleFileTarget(exchange, symbol, timeframe), out var error);
        return parsed is null ? CandleCsvResult.Fail(error!) : CandleCsvResult.Ok(parsed.Series);
    }

    /// <summary>The file's bytes, decompressed when the name ends in <c>.gz</c>; <see cref="InvalidDataException"/> for a cut-off or damaged archive.</summary>
    internal static byte[] ReadBytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            return File.ReadAllBytes(path);
        }

        // Read to the end and checked against the gzip trailer: GZipStream alone returns a cut-off file's first rows as if complete.
        var (data, error) = GzipFile.ReadAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        return error is null ? data.ToArray() : throw new InvalidDataException(error);
    }
}

/// <summary>A candle file read by <see cref="CandleCsv"/>: the series, or the reason naming the file and line.</summary>
public sealed record CandleCsvResult(CandleSeries? Series, string? Error)
{
    public bool IsSuccess => Series is not null;

    public static CandleCsvResult Ok(CandleSeries series) => new(series, null);

    public static CandleCsvResult Fail(string error) => new(null, error);
}
