namespace CryptoSmartTrader.Data.Datasets;

/// <summary>
/// Finds the local dataset folder used as the offline source (bot replay, notebooks, imports). Search order:
/// an explicit path, the <c>CST_DATASETS</c> environment variable, <c>datasets/</c> in the working directory or
/// repository, then <c>../shared/datasets</c> beside the repository. A folder counts only if it holds candle files.
/// </summary>
public static class DatasetLocator
{
    public const string EnvironmentVariable = "CST_DATASETS";

    public static IReadOnlyList<string> Candidates(string? explicitPath = null, string? startDirectory = null)
    {
        var list = new List<string>();
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            list.Add(Path.GetFullPath(explicitPath));
            return list;
        }

        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            list.Add(Path.GetFullPath(env));
        }

        for (var dir = new DirectoryInfo(startDirectory ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            list.Add(Path.Combine(dir.FullName, "datasets"));
            list.Add(Path.Combine(dir.FullName, "shared", "datasets"));
            if (File.Exists(Path.Combine(dir.FullName, "CryptoSmartTrader.sln")))
            {
                list.Add(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "datasets")));
                break;
            }
        }

        return list.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate that holds candle files, or null (the caller reports what is missing; nothing is invented).</summary>
    public static string? Find(string? explicitPath = null, string? startDirectory = null) =>
        Candidates(explicitPath, startDirectory).FirstOrDefault(HasCandles);

    public static bool HasCandles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return false;
        }

        var candles = Path.Combine(folder, "candles");
        var root = Directory.Exists(candles) ? candles : folder;
        return Directory.EnumerateFiles(root, "*.csv*", SearchOption.AllDirectories).Any();
    }
}
