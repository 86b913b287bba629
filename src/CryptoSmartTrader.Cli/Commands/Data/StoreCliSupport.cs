using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
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

    /// <summary>Any venue id (datasets include venues without adapters), unlike the download commands.</summary>
    public static Exchange? ParseExchange(string? value, string option = "--exchange")
    {
        if (value is null)
        {
            return null;
        }

        return Exchange.TryParse(value, out var exchange, out var error) ? exchange : throw new CliUsageException($"{option}: {error}");
    }

    public static Timeframe? ParseTimeframe(string? value) =>
        value is null ? null
        : Timeframe.TryParse(value, out var tf) ? tf
        : throw new CliUsageException($"--timeframe: expected one of {string.Join(", ", Timeframe.All.Select(t => t.Code))}, got '{value}'");

    public static Symbol ParseSymbol(string value, string option = "--symbol") =>
        Symbol.TryParse(value, out var symbol, out var error) ? symbol : throw new CliUsageException($"{option}: {error}");

    public static string Iso(DateTimeOffset? time) => time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
}
