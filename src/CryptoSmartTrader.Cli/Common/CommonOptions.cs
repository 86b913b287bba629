using System.CommandLine;

namespace CryptoSmartTrader.Cli.Common;

/// <summary>Options shared by many commands. Each call returns a fresh option so it can be added to any command.</summary>
public static class CommonOptions
{
    public const string DefaultDbPath = "data/cst.db";

    public static Option<string> Db() => new("--db")
    {
        Description = $"SQLite store path (default {DefaultDbPath})",
        DefaultValueFactory = _ => DefaultDbPath,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Write machine-readable JSON to stdout",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "Override the exchange's REST base URL (for mirrors and tests)",
    };

    /// <summary>A UTC time option that accepts ISO dates (2024-01-01) and times (2024-06-01T12:00Z).</summary>
    public static Option<DateTimeOffset?> Time(string name, string description) => new(name)
    {
        Description = description + " (ISO date or time, UTC)",
        CustomParser = r => r.Tokens.Count == 0 ? null : UtcTime.ParseForOption(r, r.Tokens[0].Value),
    };
}
