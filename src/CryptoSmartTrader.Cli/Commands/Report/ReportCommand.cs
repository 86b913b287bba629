using System.CommandLine;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Report;

/// <summary><c>cst report …</c>: standalone HTML reports (offline charts) from saved results.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("report",
            "Render standalone HTML reports (interactive charts that work offline) from saved results.\n\n" +
            "Example:\n  cst report backtest out/backtests/sma-btc --out reports/sma-btc.html");
        command.Add(ReportBacktestCommand.Create(context));
        return command;
    }
}
