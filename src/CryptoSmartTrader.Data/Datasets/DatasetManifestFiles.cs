using CryptoSmartTrader.Data.Import;

namespace CryptoSmartTrader.Data.Datasets;

/// <summary>
/// Computes manifest file entries from a dataset folder (to write the manifest from the reference copy) and checks a
/// folder against the manifest (to prove the manifest documents it exactly, or that a fetch reproduced it).
/// </summary>
public static class DatasetManifestFiles
{
    /// <summary>
    /// The manifest with every file entry recomputed from <paramref name="root"/>: listed entries are recomputed in place;
    /// a dataset without entries gets one per file below its path.
    /// </summary>
    public static DatasetManifest Describe(DatasetManifest manifest, string root)
    {
        var datasets = manifest.Datasets.Select(d =>
        {
            var paths = d.Files.Count > 0 ? d.Files.Select(f => f.Path).ToList() : Enumerate(root, d.Path);
            return d with { Files = paths.Select(p => DescribeOne(root, p, d)).ToList() };
        }).ToList();
        return manifest with { Datasets = datasets };
    }

    public static DatasetFile DescribeOne(string root, string relativePath, DatasetEntry dataset)
    {
        var full = Path.Combine(root, relativePath);
        if (Directory.Exists(full))
        {
            var (sha, count) = CandleFingerprint.OfFolder(full);
            return new DatasetFile { Path = relativePath, FileCount = count, Sha256 = sha };
        }

        if (dataset.Kind == "candles")
        {
            var fp = CandleFingerprint.OfFile(full, CandleFingerprint.YearlyBlocks(dataset.Timeframe));
            return new DatasetFile
            {
                Path = relativePath,
                Symbol = SymbolOf(relativePath),
                First = fp.FirstOpenMs is { } f ? CandleFingerprint.Iso(f) : null,
                Last = fp.LastOpenMs is { } l ? CandleFingerprint.Iso(l) : null,
                Rows = fp.Rows,
                Sha256 = fp.Sha256,
                Blocks = fp.Blocks,
            };
        }

        var (hash, rows) = CandleFingerprint.OfOtherFile(full);
        return new DatasetFile { Path = relativePath, Rows = rows, Sha256 = hash };
    }

    /// <summary>
    /// Differences between the manifest and <paramref name="root"/> for the selected datasets: a missing file, or a file
    /// whose recomputed entry differs (for candles, naming the first differing period). Empty when they agree.
    /// </summary>
    public static IReadOnlyList<string> Verify(DatasetManifest manifest, string root, Func<DatasetEntry, bool>? select = null)
    {
        var problems = new List<string>();
        foreach (var d in manifest.Datasets.Where(select ?? (_ => true)))
        {
            foreach (var expected in d.Files)
            {
                var full = Path.Combine(root, expected.Path);
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    problems.Add($"{expected.Path} ({d.Id}): missing from {root}");
                    continue;
                }

                var actual = DescribeOne(root, expected.Path, d);
                if (Compare(d, expected, actual) is { } difference)
                {
                    problems.Add(difference);
                }
            }
        }

        return problems;
    }

    /// <summary>Files below <paramref name="root"/> that no manifest entry covers.</summary>
    public static IReadOnlyList<string> Uncovered(DatasetManifest manifest, string root) =>
        Enumerate(root, ".").Where(p => !manifest.Datasets.Any(d => d.Files.Any(f => p == f.Path || p.StartsWith(f.Path + "/", StringComparison.Ordinal)))).ToList();

    /// <summary>Null when equal; otherwise one line naming the file and what differs (the first differing period for candles).</summary>
    public static string? Compare(DatasetEntry dataset, DatasetFile expected, DatasetFile actual)
    {
        if (expected.Sha256 == actual.Sha256 && expected.Rows == actual.Rows && expected.FileCount == actual.FileCount)
        {
            return null;
        }

        var series = expected.Symbol is null ? expected.Path : $"{dataset.Exchange} {expected.Symbol} {dataset.Timeframe} ({expected.Path})";
        if (expected.Blocks is null || actual.Blocks is null)
        {
            return $"{series}: content differs from the manifest (expected sha256 {expected.Sha256}, {expected.Rows ?? expected.FileCount} rows/files; " +
                   $"got {actual.Sha256}, {actual.Rows ?? actual.FileCount})";
        }

        var keys = expected.Blocks.Keys.Union(actual.Blocks.Keys).Order(StringComparer.Ordinal);
        var block = keys.FirstOrDefault(k => expected.Blocks.GetValueOrDefault(k) != actual.Blocks.GetValueOrDefault(k));
        return $"{series}: fingerprint differs from the manifest (expected {expected.Rows} rows {expected.First} .. {expected.Last}, sha256 {expected.Sha256}; " +
               $"got {actual.Rows} rows {actual.First} .. {actual.Last}, sha256 {actual.Sha256}); first differing period {block ?? "(none: order differs)"}: " +
               $"expected {Describe(expected.Blocks.GetValueOrDefault(block ?? ""))}, got {Describe(actual.Blocks.GetValueOrDefault(block ?? ""))}";
    }

    private static string Describe(string? block) => block is null ? "no bars" : $"{block.Split(':')[0]} bars (hash {block.Split(':')[1]})";

    private static List<string> Enumerate(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (File.Exists(full))
        {
            return [relative];
        }

        return Directory.Exists(full)
            ? Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>The pair as the importer reads it from the layout (<c>XBTUSD</c> → BTC/USD), else the file name's first token.</summary>
    internal static string SymbolOf(string relativePath)
    {
        var target = DatasetFileNames.Infer(relativePath, null, out _, out _);
        if (target is not null)
        {
            return target.Symbol.ToString();
        }

        var name = Path.GetFileName(relativePath);
        var token = name[..name.IndexOfAny(['-', '.'], 4)];
        return token.Length == 6 && token.All(char.IsAsciiLetterUpper) ? $"{token[..3]}/{token[3..]}" : token; // BTCUSD → BTC/USD
    }
}
