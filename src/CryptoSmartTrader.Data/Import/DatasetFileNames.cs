using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Import;

/// <summary>
/// Reads the series key from the shared-datasets layout: <c>&lt;exchange&gt;_&lt;market&gt;_&lt;tf&gt;[_sample]/&lt;SYMBOL&gt;-&lt;tf&gt;[-suffix].csv[.gz]</c>,
/// e.g. <c>binance_spot_1h/BTC_USDT-1h.csv.gz</c> or <c>kraken_spot_1h/XBTUSD-1h.csv.gz</c> (venue-native ids are normalised,
/// XBTUSD → BTC/USD). Files whose timestamps are not bar open times are skipped, not imported under a wrong meaning.
/// </summary>
internal static class DatasetFileNames
{
    public static bool IsCandleFile(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The target series, or null with <paramref name="skipReason"/> (file left alone) or <paramref name="error"/> (file rejected).</summary>
    public static CandleFileTarget? Infer(string path, Exchange? exchangeOverride, out string? skipReason, out string? error)
    {
        skipReason = null;
        error = null;
        var name = Path.GetFileName(path);
        if (!IsCandleFile(name))
        {
            error = $"{path}: expected a .csv or .csv.gz candle file";
            return null;
        }

        var stem = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        stem = stem[..^4];
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? string.Empty;
        var tokens = stem.Split('-');

        if (folder.StartsWith("ftx_perp", StringComparison.OrdinalIgnoreCase))
        {
            skipReason = $"{path}: this file is stamped at bar CLOSE times (datasets README 1.3), not open times; " +
                         "importing it as open times would shift every bar by one interval";
            return null;
        }

        var timeframe = tokens.Skip(1).Select(t => Timeframe.TryParse(t, out var tf) ? tf : (Timeframe?)null).FirstOrDefault(t => t is not null)
                        ?? folder.Split('_').Select(t => Timeframe.TryParse(t, out var tf) ? tf : (Timeframe?)null).FirstOrDefault(t => t is not null);
        if (timeframe is null)
        {
            error = $"{path}: cannot tell the timeframe; expected a name such as BTC_USDT-1h.csv.gz or a folder such as binance_spot_1h";
            return null;
        }

        if (timeframe.Value == Timeframe.Month1 && tokens.Any(t => t.Equals("index", StringComparison.OrdinalIgnoreCase)))
        {
            skipReason = $"{path}: the monthly index file is stamped with month-end label dates (datasets README 1.3), not bar open times";
            return null;
        }

        var exchange = exchangeOverride;
        if (exchange is null)
        {
            var venue = folder.Split('_')[0];
            if (!folder.Contains('_') || !Exchange.TryParse(venue, out var parsed, out _))
            {
                skipReason = $"{path}: folder '{folder}' does not name a venue (expected e.g. binance_spot_1h); import this file alone with --exchange NAME";
                return null;
            }

            if (!KnownVenues.IsKnown(parsed))
            {
                error = $"{path}: folder '{folder}' names venue '{parsed}', which is not a known venue ({KnownVenues.Expected}); " +
                        "rename the folder or import the file with --exchange NAME";
                return null;
            }

            exchange = parsed;
        }

        try
        {
            return new CandleFileTarget(exchange.Value, ParseSymbol(exchange.Value, tokens[0]), timeframe.Value);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            error = $"{path}: cannot read the symbol from the file name ('{tokens[0]}'): {ex.Message}";
            return null;
        }
    }

    // Kraken altnames start with its own 3-letter codes (XBTUSD, XDGUSD). Suffix matching alone would read XBTUSD as XB/TUSD
    // (TUSD is also a quote asset), so a Kraken id that starts with one of them is split after those three letters.
    private static Symbol ParseSymbol(Exchange exchange, string id)
    {
        var upper = id.ToUpperInvariant();
        if (exchange == Exchange.Kraken && upper.Length > 3 && upper[..3] is "XBT" or "XDG" && !id.Contains('_') && !id.Contains('/'))
        {
            return new Symbol(upper[..3], upper[3..]);
        }

        return Symbol.FromNative(exchange, id);
    }
}
