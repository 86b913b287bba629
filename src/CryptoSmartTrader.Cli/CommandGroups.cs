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
    }
}
