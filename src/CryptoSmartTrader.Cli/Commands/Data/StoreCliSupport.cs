using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Import;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>Opening the store and parsing the series filters shared by import, verify and export.</summary>
internal static class StoreCliSupport
{
    public static SqliteMarketStore Open(string dbPath, TimeProvider time) => new(new CandleStoreOptions { DatabasePath = dbPath }, time);

    /// <summary>Opens a store that must already exist: reading commands never create an empty one by accident.</summary>
    public static SqliteMarketStore OpenExisting(string dbPath, TimeProvider time) =>
        File.Exists(dbPath) ? Open(dbPath, time)
        : throw new CliFailureException($"store not found: {Path.GetFullPath(dbPath)} (import data first: cst data import --source DIR, or pass --db PATH)");

    /// <summary>A known venue id (datasets include venues without adapters, so more than the download commands take).</summary>
    public static Exchange? ParseExchange(string? value, string option = "--exchange")
    {
        if (value is null)
        {
            return null;
        }

        if (!Exchange.TryParse(value, out var exchange, out var error))
        {
            throw new CliUsageException($"{option}: {error}");
        }

        return KnownVenues.IsKnown(exchange) ? exchange : throw new CliUsageException($"{option}: unknown venue '{value}' ({KnownVenues.Expected})");
    }

    /// <summary>Refuses a range that cannot contain a bar, rather than reporting "nothing stored" for a typo.</summary>
    public static void RequireRange(DateTimeOffset? start, DateTimeOffset? end, string startOption, string endOption)
    {
        if (start is { } s && end is { } e && s >= e)
        {
            throw new CliUsageException($"{startOption} {Iso(s)} is not before {endOption} {Iso(e)} (an empty range); {endOption} is exclusive");
        }
    }

    public static Timeframe? ParseTimeframe(string? value) =>
        value is null ? null
        : Timeframe.TryParse(value, out var tf) ? tf
        : throw new CliUsageException($"--timeframe: expected one of {string.Join(", ", Timeframe.All.Select(t => t.Code))}, got '{value}'");

    public static Symbol ParseSymbol(string value, string option = "--symbol") =>
        Symbol.TryParse(value, out var symbol, out var error) ? symbol : throw new CliUsageException($"{option}: {error}");

    public static string Iso(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
