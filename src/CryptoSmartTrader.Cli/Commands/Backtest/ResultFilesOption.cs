using System.CommandLine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary><c>--outputs</c>: which CSV files to write next to result.json (always written); fewer files, faster run.</summary>
internal static class ResultFilesOption
{
    private static readonly Dictionary<string, ResultFiles> Names = new(StringComparer.Ordinal)
    {
        ["all"] = ResultFiles.All,
        ["none"] = ResultFiles.None,
        ["equity"] = ResultFiles.Equity,
        ["trades"] = ResultFiles.Trades,
        ["orders"] = ResultFiles.Orders,
        ["fills"] = ResultFiles.Fills,
        ["decisions"] = ResultFiles.Decisions,
    };

    public static Option<string> Create() => new("--outputs")
    {
        Description = "CSV files to write besides result.json: all (default), none, or a list of equity,trades,orders,fills,decisions",
        DefaultValueFactory = _ => "all",
    };

    public static ResultFiles Parse(string? text)
    {
        var files = ResultFiles.None;
        foreach (var part in (text ?? "all").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            files |= Names.TryGetValue(part.ToLowerInvariant(), out var f) ? f
                : throw new CliUsageException($"--outputs: expected all, none or a list of equity,trades,orders,fills,decisions, got '{part}'");
        }

        return files;
    }
}
