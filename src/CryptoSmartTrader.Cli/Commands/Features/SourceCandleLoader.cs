using System.Globalization;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Cli.Commands.Features;

/// <summary>
/// Reads one candle file in the shared-datasets layout (<c>timestamp_ms,open,high,low,close,volume[,…]</c>, open times in
/// UTC ms, optionally gzipped) for <c>cst features --source</c>. A bad row fails the command with its line number:
/// nothing is skipped, filled or repaired.
/// </summary>
internal static class SourceCandleLoader
{
    /// <summary>The file for the series: <paramref name="source"/> itself, or <c>SOURCE/BASE_QUOTE-TF.csv[.gz]</c>.</summary>
    public static string Resolve(string source, Symbol symbol, Timeframe timeframe)
    {
        if (File.Exists(source))
        {
            return source;
        }

        if (!Directory.Exists(source))
        {
            throw new CliFailureException($"--source: no such file or folder: {Path.GetFullPath(source)}");
        }

        return TryResolveInFolder(source, symbol, timeframe)
            ?? throw new CliFailureException($"--source: no {symbol.ToFileToken()}-{timeframe.Code}.csv.gz or {symbol.ToFileToken()}-{timeframe.Code}.csv in {Path.GetFullPath(source)}");
    }

    /// <summary><c>FOLDER/BASE_QUOTE-TF.csv.gz</c> or <c>.csv</c>, or null when neither exists.</summary>
    public static string? TryResolveInFolder(string folder, Symbol symbol, Timeframe timeframe)
    {
        var stem = $"{symbol.ToFileToken()}-{timeframe.Code}";
        foreach (var name in new[] { stem + ".csv.gz", stem + ".csv" })
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    public static CandleSeries Load(string path, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? CryptoSmartTrader.Data.Import.GzipFile.OpenVerified(path) : file;
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine();
        if (header is null || !header.StartsWith("timestamp_ms,open,high,low,close,volume", StringComparison.Ordinal))
        {
            throw new CliFailureException($"{path}: expected the header timestamp_ms,open,high,low,close,volume, got '{header}'");
        }

        var builder = new CandleSeriesBuilder(exchange, symbol, timeframe, 1 << 16);
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length < 6 || !long.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var openMs)
                || !TryDouble(f[1], out var o) || !TryDouble(f[2], out var h) || !TryDouble(f[3], out var l)
                || !TryDouble(f[4], out var c) || !TryDouble(f[5], out var v))
            {
                throw new CliFailureException($"{path}:{lineNumber}: expected timestamp_ms,open,high,low,close,volume numbers, got '{line}'");
            }

            if (!builder.TryAdd(openMs, timeframe.CloseOfMs(openMs), o, h, l, c, v, out var error))
            {
                throw new CliFailureException($"{path}:{lineNumber}: {error}");
            }
        }

        return builder.Build();
    }

    private static bool TryDouble(string s, out double value) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
