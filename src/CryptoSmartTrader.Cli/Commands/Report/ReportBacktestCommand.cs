using System.CommandLine;
using CryptoSmartTrader.Cli.Commands.Notebook;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Reporting.Html;
using CryptoSmartTrader.Research.Reports;

namespace CryptoSmartTrader.Cli.Commands.Report;

/// <summary><c>cst report backtest DIR --out FILE</c>: the backtest tearsheet of a result folder written by <c>cst backtest</c>.</summary>
internal static class ReportBacktestCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("dir") { Description = "Backtest result folder (result.json, equity.csv, trades.csv)" };
        var output = new Option<string>("--out") { Description = "HTML file to write", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("backtest",
            "Tearsheet of a backtest result folder: metrics, equity and drawdown, monthly returns, exposure, trades, simulator assumptions " +
            "and bias-check verdicts (bias.json, when present).\n\nExample:\n  cst report backtest out/backtests/sma-btc --out reports/sma-btc.html")
        {
            directory, output, json,
        };
        command.SetAction((parse, ct) => NotebookRunCommand.ReportErrors(context, async () =>
        {
            var dir = parse.GetValue(directory)!;
            if (!Directory.Exists(dir))
            {
                throw new CliUsageException($"dir: expected a backtest result folder, '{dir}' does not exist");
            }

            if (!BacktestTearsheet.TryBuild(dir, out var document, out var error)) throw new CliFailureException(error);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            await HtmlReportRenderer.WriteAsync(document, path, ct);
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new { report = path, title = document.Title });
            }
            else
            {
                await context.Out.WriteLineAsync($"wrote {path}");
            }

            return CliApp.Success;
        }));
        return command;
    }
}
