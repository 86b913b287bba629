using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;

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

    /// <summary><c>FOLDER/BASE_QUOTE-TF.csv.gz</c> or <c>.csv</c> or null when neither exists.</summary>
    public static string? TryResolveInFolder(string folder, Symbol symbol, Timeframe timeframe) =>
        DatasetLocator.FindCandleFileIn(folder, null, symbol, timeframe);

    /// <summary>Reads the file with the one candle CSV reader (<see cref="CandleCsv"/>); a bad row fails the command naming file and line.</summary>
    public static CandleSeries Load(string path, Exchange exchange, Symbol symbol, Timeframe timeframe)
    {
        var result = CandleCsv.Read(path, exchange, symbol, timeframe);
        return result.Series ?? throw new CliFailureException(result.Error!);
    }
}
