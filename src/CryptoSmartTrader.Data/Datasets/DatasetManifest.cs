using System.Text.Json;
using System.Text.Json.Serialization;

namespace CryptoSmartTrader.Data.Datasets;

/// <summary>
/// <c>datasets/manifest.json</c>: every dataset the tests, notebooks and the bot's replay use — where it comes from,
/// its licence, what each file holds (symbol, window, rows, fingerprint) and the decision how a clone gets it
/// (<see cref="DatasetDecision"/>). It documents the reference copy (<c>../shared/datasets</c>) exactly.
/// </summary>
public sealed record DatasetManifest
{
    public const string FileName = "manifest.json";

    public int SchemaVersion { get; init; } = 1;

    public string Fingerprint { get; init; } = CandleFingerprint.Definition;

    public Dictionary<string, DatasetSource> Sources { get; init; } = [];

    public List<DatasetEntry> Datasets { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a manifest; a malformed one is an error naming the file.</summary>
    public static DatasetManifest Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<DatasetManifest>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: expected a dataset manifest object, got null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not a valid dataset manifest ({ex.Message})", ex);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>
    /// The dataset and file entry for a relative path: the longest file or folder entry containing it (entries may nest,
    /// e.g. one fixture file inside a folder listed elsewhere), else the dataset whose path contains it; null when none.
    /// </summary>
    public (DatasetEntry Dataset, DatasetFile? File)? Find(string relativePath)
    {
        var rel = relativePath.Replace('\\', '/').TrimStart('/');
        static bool Under(string rel, string path) => rel == path || rel.StartsWith(path + "/", StringComparison.Ordinal);
        var byFile = Datasets.SelectMany(d => d.Files.Where(f => Under(rel, f.Path)).Select(f => (Dataset: d, File: (DatasetFile?)f)))
            .OrderByDescending(x => x.File!.Path.Length).FirstOrDefault();
        if (byFile.Dataset is not null)
        {
            return byFile;
        }

        return Datasets.FirstOrDefault(d => Under(rel, d.Path)) is { } dataset ? (dataset, null) : null;
    }

    /// <summary>One sentence: how a clone gets this dataset (the fetch command, the fixture, or the source to download it from).</summary>
    public string HowToGet(string relativePath)
    {
        if (Find(relativePath) is not { } hit)
        {
            return $"{relativePath} is not listed in datasets/{FileName}";
        }

        var d = hit.Dataset;
        return d.Decision switch
        {
            DatasetDecision.Fetch => $"{relativePath} ({d.Id}) is re-downloadable: run {DatasetLocator.FetchCommand} (needs network access to {d.Exchange}), or set {DatasetLocator.EnvironmentVariable} to a copy of the shared datasets",
            DatasetDecision.Fixture => $"{relativePath} ({d.Id}) ships with the repository under {d.Fixture}",
            _ => $"{relativePath} ({d.Id}) cannot be re-downloaded by the project: {d.HowToGet} Set {DatasetLocator.EnvironmentVariable} to a copy of the shared datasets that holds it",
        };
    }
}

/// <summary>How a fresh clone obtains a dataset.</summary>
public enum DatasetDecision
{
    /// <summary>Rebuilt by <c>cst data fetch-datasets</c> from the exchange's public API and checked against the fingerprint.</summary>
    Fetch,

    /// <summary>Small and licensed for redistribution: lives in the repository (<see cref="DatasetEntry.Fixture"/>) with its licence.</summary>
    Fixture,

    /// <summary>Neither: tests that need it fail naming it and <see cref="DatasetEntry.HowToGet"/>.</summary>
    Missing,
}

/// <summary>Where recorded copies came from (a repository at a commit) and under which licence.</summary>
public sealed record DatasetSource(string Repository, string Commit, string Licence, string? Files = null);

public sealed record DatasetEntry
{
    public required string Id { get; init; }

    /// <summary>Folder (or file) relative to the dataset root.</summary>
    public required string Path { get; init; }

    /// <summary>candles, trades, orderbook, api-payloads, sentiment or documentation.</summary>
    public required string Kind { get; init; }

    public required string Description { get; init; }

    /// <summary>The venue that published the data (binance, kraken, ftx, bybit…) or the publisher.</summary>
    public string? Exchange { get; init; }

    /// <summary>The public endpoint that serves it, e.g. <c>GET https://api.binance.com/api/v3/klines</c>.</summary>
    public string? Endpoint { get; init; }

    public string? Timeframe { get; init; }

    /// <summary>Keys of <see cref="DatasetManifest.Sources"/> the recorded copy was built from.</summary>
    public List<string> RecordedFrom { get; init; } = [];

    public required string Licence { get; init; }

    public DatasetDecision Decision { get; init; }

    /// <summary>Why this decision, and for <see cref="DatasetDecision.Missing"/> where to get the data by hand.</summary>
    public required string HowToGet { get; init; }

    /// <summary>For <see cref="DatasetDecision.Fixture"/>: the repository folder holding it.</summary>
    public string? Fixture { get; init; }

    public List<DatasetFile> Files { get; init; } = [];
}

/// <summary>
/// One file (or a folder counted as one entry, <see cref="FileCount"/> set). Candle files carry symbol, window, rows,
/// the fingerprint of their normalised rows and per-period block fingerprints (<c>"2018-02": "rows:hash16"</c>) that
/// locate the first difference; other files carry rows and the SHA-256 of their (decompressed) bytes.
/// </summary>
public sealed record DatasetFile
{
    public required string Path { get; init; }

    public string? Symbol { get; init; }

    public string? First { get; init; }

    public string? Last { get; init; }

    public long? Rows { get; init; }

    public int? FileCount { get; init; }

    public required string Sha256 { get; init; }

    public SortedDictionary<string, string>? Blocks { get; init; }
}
