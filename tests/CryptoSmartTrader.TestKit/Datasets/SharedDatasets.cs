using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.TestKit.Datasets;

/// <summary>
/// The real datasets for tests, found by the product's one resolver (<see cref="DatasetLocator"/>: <c>CST_DATASETS</c>,
/// <c>datasets/</c>, then <c>../shared/datasets</c> beside the repository). Tests read them in place; they are never
/// copied into the repo. A missing file fails the test with what is missing and how to get it (from the manifest).
/// </summary>
public static class SharedDatasets
{
    public const string EnvironmentVariable = DatasetLocator.EnvironmentVariable;

    private static readonly Lazy<string?> Root = new(() => DatasetLocator.Find(startDirectory: RepoRoot));

    /// <summary>The dataset root, or null when it cannot be found.</summary>
    public static string? TryRoot => Root.Value;

    /// <summary>The dataset root; throws with the searched locations and the fetch command when missing, so a test fails loudly rather than passing on nothing.</summary>
    public static string RootPath => Root.Value ?? throw new DirectoryNotFoundException(DatasetLocator.NotFoundMessage(startDirectory: RepoRoot));

    /// <summary>
    /// A dataset file or folder: from the dataset folder, else from the recorded fixtures that ship with the repository
    /// (<c>tests/fixtures/datasets</c>, same layout); otherwise the test fails naming the file and how to get it.
    /// </summary>
    public static string PathOf(params string[] parts)
    {
        var relative = Path.Combine(parts).Replace('\\', '/');
        var root = Root.Value;
        if (root is not null && Exists(Path.Combine(root, relative)))
        {
            return Path.Combine(root, relative);
        }

        var fixture = Path.Combine(FixturesRoot, relative);
        if (Exists(fixture))
        {
            return fixture;
        }

        throw root is null
            ? new DirectoryNotFoundException($"dataset {relative} is needed but {DatasetLocator.NotFoundMessage(startDirectory: RepoRoot)}. {MissingHint(relative)}")
            : new FileNotFoundException($"dataset file not found: {Path.Combine(root, relative)} (nor in {FixturesRoot}). {MissingHint(relative)}");
    }

    /// <summary>Whether a dataset file or folder is available (dataset folder or shipped fixtures).</summary>
    public static bool Has(string relativePath)
    {
        var rel = relativePath.Replace('\\', '/');
        return (Root.Value is { } root && Exists(Path.Combine(root, rel))) || Exists(Path.Combine(FixturesRoot, rel));
    }

    /// <summary>Null when every dataset is available; otherwise the first missing one and where to get it (a skip reason).</summary>
    public static string? SkipReason(params string[] relativePaths) =>
        relativePaths.FirstOrDefault(p => !Has(p)) is { } missing ? $"needs dataset {missing}, which this machine lacks: {MissingHint(missing)}" : null;

    /// <summary>The recorded data that ships with the repository (small, redistributable, not re-downloadable).</summary>
    public static string FixturesRoot => Path.Combine(RepoRoot, "tests", "fixtures", "datasets");

    /// <summary>The manifest describing every dataset (<c>datasets/manifest.json</c>).</summary>
    public static string ManifestPath => Path.Combine(RepoRoot, "datasets", DatasetManifest.FileName);

    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>The manifest's word on how to get a dataset (re-download command, or where it comes from when it cannot be re-downloaded).</summary>
    public static string MissingHint(string relativePath) => DatasetManifestHints.For(ManifestPath, relativePath);

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
}
