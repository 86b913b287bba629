using System.CommandLine;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli;

/// <summary>
/// The command groups of <c>cst</c>. Each issue's commands live in Commands/&lt;Group&gt;/ and are listed here, one line each.
/// </summary>
internal static class CommandGroups
{
    public static IEnumerable<Command> All(CliContext context)
    {
        // one line per group, e.g.: yield return Commands.Data.DataCommand.Create(context);
        yield return Commands.Data.DataCommand.Create(context);
        yield return Commands.Backtest.BacktestCommand.Create(context);
        yield return Commands.Analyze.AnalyzeCommand.Create(context);
        yield return Commands.Notebook.NotebookCommand.Create(context);
        yield return Commands.Kernel.KernelCommand.Create(context);
        yield return Commands.Report.ReportCommand.Create(context);
        yield return Commands.Features.FeaturesCommand.Create(context);
        yield return Commands.Sweep.SweepCommand.Create(context);
        yield return Commands.Strategies.StrategiesCommand.Create(context);
        foreach (var c in Commands.Models.ModelsCommand.CreateAll(context)) yield return c; // models, train, evaluate, predict
    }
}
