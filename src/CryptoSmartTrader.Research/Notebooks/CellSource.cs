using System.Text.RegularExpressions;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Prepares a Polyglot cell's source for Roslyn: a leading <c>#!csharp</c> kernel marker is blanked (line numbers stay the same);
/// <c>#i "nuget:…"</c> and <c>#r "nuget: CryptoSmartTrader.…"</c> (the library, which this engine references itself) are blanked too;
/// other magic commands and <c>#r "nuget:…"</c> (which needs a package download) are rejected with a clear reason.
/// </summary>
internal static partial class CellSource
{
    public static string? Prepare(string source, out string? error)
    {
        error = null;
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                if (line is "#!csharp" or "#!c#" or "#!C#")
                {
                    lines[i] = string.Empty;
                    continue;
                }

                error = $"line {i + 1}: magic command '{line}' is not supported by the headless executor (only C# code, #r \"file.dll\" and #load \"file.csx\")";
                return null;
            }

            if (NugetSource().IsMatch(line) || OwnPackage().IsMatch(line))
            {
                // The library's own packages (and the local feed they come from) are what .NET Interactive needs to load it; this
                // engine references the library already. Blanked so line numbers stay the same.
                lines[i] = string.Empty;
                continue;
            }

            if (NugetReference().IsMatch(line))
            {
                error = $"line {i + 1}: '{line}' needs a NuGet download, which the offline executor does not do; reference a built .dll path instead";
                return null;
            }
        }

        return string.Join('\n', lines);
    }

    [GeneratedRegex("^#r\\s+\"nuget:", RegexOptions.IgnoreCase)]
    private static partial Regex NugetReference();

    [GeneratedRegex("^#i\\s+\"nuget:[^\"]*\"\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NugetSource();

    [GeneratedRegex("^#r\\s+\"nuget:\\s*CryptoSmartTrader\\.[A-Za-z.]+\\s*(,[^\"]*)?\"\\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OwnPackage();
}
