using System.CommandLine;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Notebook;

/// <summary><c>cst notebook …</c>: headless execution of the C# research notebooks.</summary>
internal static class NotebookCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("notebook",
            "C# notebooks (.ipynb, VS Code Polyglot Notebooks format): run them headlessly into executed notebooks and HTML reports.\n\n" +
            "Examples:\n  cst notebook run notebooks --out reports\n  cst notebook run notebooks/01-data-exploration.ipynb --out reports --param quick=true");
        command.Add(NotebookRunCommand.Create(context));
        return command;
    }
}
