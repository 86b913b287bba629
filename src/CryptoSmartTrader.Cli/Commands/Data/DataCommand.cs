using System.CommandLine;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary><c>cst data …</c>: import, verify and export the local market-data store, and download from exchanges.</summary>
internal static class DataCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("data",
            "Market data: import datasets into the SQLite store, verify integrity, export, download from exchanges.\n\n" +
            "Examples:\n  cst data import --source ../shared/datasets/candles\n  cst data verify --timeframe 1h --json\n" +
            "  cst data export --exchange binance --symbol BTC/USDT --timeframe 1h --out btc.csv");
        command.Add(ImportCommand.Create(context));
        command.Add(VerifyCommand.Create(context));
        command.Add(ExportCommand.Create(context));

        // --- exchanges helper: download/universe subcommands go here (one line each) ---
        command.Add(DownloadCommand.Create(context));
        command.Add(UniverseCommand.Create(context));
        // --- end exchanges helper ---
        command.Add(FetchDatasetsCommand.Create(context)); // data helper: rebuild datasets/ from the manifest
        return command;
    }
}
