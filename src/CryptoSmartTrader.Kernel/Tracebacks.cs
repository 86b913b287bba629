using System.Text.RegularExpressions;
using CryptoSmartTrader.Reporting.Html;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// A cell error as Jupyter traceback lines that name the cell and line, as IPython does ("Cell In[3], line 2"): compiler positions
/// "(2,5): error …" and stack frames "… in :line 2" (script code has no file name) are rewritten.
/// </summary>
internal static partial class Tracebacks
{
    public static IReadOnlyList<string> Format(ErrorOutput error, int executionCount)
    {
        var cell = $"Cell In[{executionCount}]";
        var lines = new List<string>();
        var message = CompilerPosition().Replace(error.Message, m => $"{cell}, line {m.Groups[1].Value}, column {m.Groups[2].Value}: ");
        lines.Add(message.Contains(cell, StringComparison.Ordinal) ? message : $"{error.Name}: {message}");
        if (error.Detail is { Length: > 0 } detail)
        {
            // Async plumbing markers ("--- End of stack trace …") say nothing about the cell.
            lines.AddRange(detail.Split('\n').Skip(1).Select(l => l.TrimEnd('\r')).Where(l => !l.TrimStart().StartsWith("---", StringComparison.Ordinal))
                .Select(l => ScriptFrame().Replace(l, $"in {cell}, line $1")));
        }

        return lines;
    }

    [GeneratedRegex(@"^\((\d+),(\d+)\): ", RegexOptions.Multiline)]
    private static partial Regex CompilerPosition();

    [GeneratedRegex(@"in :line (\d+)")]
    private static partial Regex ScriptFrame();
}
