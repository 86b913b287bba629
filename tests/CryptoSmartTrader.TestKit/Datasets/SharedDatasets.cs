namespace CryptoSmartTrader.TestKit.Datasets;

/// <summary>
/// Locates the real exchange datasets that live beside the repository (<c>../shared/datasets</c>), or wherever
/// <c>CST_SHARED_DATASETS</c> points. Tests read them in place; they are never copied into the repo.
/// </summary>
public static class SharedDatasets
{
    public const string EnvironmentVariable = "CST_SHARED_DATASETS";

    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The dataset root, or null when it cannot be found.</summary>
    public static string? TryRoot => Root.Value;

    /// <summary>The dataset root; throws with the searched locations when missing, so a test fails loudly rather than passing on nothing.</summary>
    public static string RootPath => Root.Value ?? throw new DirectoryNotFoundException(
        $"shared datasets not found: set {EnvironmentVariable} or place them at ../shared/datasets beside the repository (searched upwards from {AppContext.BaseDirectory})");

    public static string PathOf(params string[] parts)
    {
        var path = Path.Combine([RootPath, .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new FileNotFoundException($"shared dataset file not found: {path}");
        }

        return path;
    }

    /// <summary>The repository root (the folder holding CryptoSmartTrader.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var built = typeof(SharedDatasets).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
            if (built is not null && File.Exists(Path.Combine(built, "CryptoSmartTrader.sln")))
            {
                return Path.GetFullPath(built);
            }

            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CryptoSmartTrader.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException($"repository root (CryptoSmartTrader.sln) not found above {AppContext.BaseDirectory}");
        }
    }

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv) && Directory.Exists(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        var beside = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "datasets"));
        if (Directory.Exists(Path.Combine(beside, "candles")))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(Path.Combine(candidate, "candles")))
            {
                return candidate;
            }
        }

        return null;
    }
}
