using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>The lifecycle of a stored package. One package in a store is promoted at a time: the one <c>promoted</c> resolves to.</summary>
public enum PackageState
{
    Stored = 0,
    Promoted = 1,
    Retired = 2,
}

/// <summary>One stored package version.</summary>
public sealed record PackageEntry(string Name, int Version, PackageState State, DateTimeOffset StoredAt, DateTimeOffset? PromotedAt,
    DateTimeOffset? RetiredAt, string File, string Sha256)
{
    /// <summary><c>NAME@vN</c>, how commands refer to it.</summary>
    public string Reference => $"{Name}@v{Version.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// A folder of strategy packages (default <c>data/strategies</c>): <c>NAME/vN.json</c> files, immutable once written,
/// and <c>index.json</c> with each version's state. A reference is <c>promoted</c>, <c>NAME</c> (its newest version),
/// <c>NAME@vN</c>, or a package file path. Files are JSON so a person can read and diff them; the store is small
/// (one row per promotion), so a database adds nothing here.
/// </summary>
public sealed class PackageStore(string root, TimeProvider time)
{
    public const string DefaultRoot = "data/strategies";
    public const string Promoted = "promoted";

    private static readonly JsonSerializerOptions IndexJson = StrategyPackageJson.Options;

    public string Root { get; } = Path.GetFullPath(root);

    private string IndexPath => Path.Combine(Root, "index.json");

    /// <summary>Every stored version, by name then version.</summary>
    public IReadOnlyList<PackageEntry> List() => ReadIndex().OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Version).ToList();

    /// <summary>Stores <paramref name="package"/> as the next version of its name (an identical newest version is reused).</summary>
    public PackageResult<PackageEntry> Add(StrategyPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var problems = StrategyPackageValidator.Validate(package);
        if (problems.Count > 0) return PackageResult<PackageEntry>.Fail(problems.Select(p => $"package '{package.Name}': {p}").ToArray());
        var text = StrategyPackageJson.Serialize(package);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var index = ReadIndex();
        var same = index.Where(e => e.Name == package.Name).OrderByDescending(e => e.Version).FirstOrDefault();
        if (same is not null && same.Sha256 == sha && same.State != PackageState.Retired) return PackageResult<PackageEntry>.Success(same);
        var version = index.Where(e => e.Name == package.Name).Select(e => e.Version).DefaultIfEmpty(0).Max() + 1;
        var file = Path.Combine(package.Name, $"v{version.ToString(CultureInfo.InvariantCulture)}.json");
        Directory.CreateDirectory(Path.Combine(Root, package.Name));
        File.WriteAllText(Path.Combine(Root, file), text + Environment.NewLine);
        var entry = new PackageEntry(package.Name, version, PackageState.Stored, time.GetUtcNow(), null, null, file.Replace('\\', '/'), sha);
        index.Add(entry);
        WriteIndex(index);
        return PackageResult<PackageEntry>.Success(entry);
    }

    /// <summary>Promotes a stored version (or a package file, stored first); the previously promoted one goes back to stored.</summary>
    public PackageResult<PackageEntry> Promote(string reference)
    {
        var target = FindOrAdd(reference);
        if (!target.Ok) return target;
        var index = ReadIndex();
        var now = time.GetUtcNow();
        PackageEntry? promoted = null;
        for (var i = 0; i < index.Count; i++)
        {
            var e = index[i];
            if (e.Name == target.Value!.Name && e.Version == target.Value.Version)
            {
                index[i] = promoted = e with { State = PackageState.Promoted, PromotedAt = now, RetiredAt = null };
            }
            else if (e.State == PackageState.Promoted)
            {
                index[i] = e with { State = PackageState.Stored };
            }
        }

        WriteIndex(index);
        return PackageResult<PackageEntry>.Success(promoted!);
    }

    /// <summary>Retires a version: it can no longer be traded (nor resolved as <c>promoted</c>), but it stays readable.</summary>
    public PackageResult<PackageEntry> Retire(string reference)
    {
        var found = Find(reference, includeRetired: false);
        if (!found.Ok) return found;
        var index = ReadIndex();
        var i = index.FindIndex(e => e.Name == found.Value!.Name && e.Version == found.Value.Version);
        index[i] = index[i] with { State = PackageState.Retired, RetiredAt = time.GetUtcNow() };
        WriteIndex(index);
        return PackageResult<PackageEntry>.Success(index[i]);
    }

    /// <summary>The entry a reference names; a retired one only with <paramref name="includeRetired"/>.</summary>
    public PackageResult<PackageEntry> Find(string reference, bool includeRetired = false)
    {
        if (string.IsNullOrWhiteSpace(reference)) return PackageResult<PackageEntry>.Fail($"package reference: expected {Expected}, got an empty one");
        var index = ReadIndex();
        reference = reference.Trim();
        if (reference == Promoted)
        {
            var p = index.FirstOrDefault(e => e.State == PackageState.Promoted);
            return p is not null ? PackageResult<PackageEntry>.Success(p)
                : PackageResult<PackageEntry>.Fail($"package 'promoted': no package is promoted in {Root} (cst strategies promote FILE|NAME[@vN])");
        }

        var at = reference.LastIndexOf('@');
        var name = at < 0 ? reference : reference[..at];
        int? version = null;
        if (at >= 0)
        {
            var v = reference[(at + 1)..].TrimStart('v', 'V');
            if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return PackageResult<PackageEntry>.Fail($"package '{reference}': expected a version such as {name}@v2 after '@', got '{reference[(at + 1)..]}'");
            }

            version = n;
        }

        var named = index.Where(e => e.Name == name).OrderByDescending(e => e.Version).ToList();
        if (named.Count == 0)
        {
            var names = index.Select(e => e.Name).Distinct().Order(StringComparer.Ordinal).ToList();
            return PackageResult<PackageEntry>.Fail($"package '{reference}': no package named '{name}' in {Root} " +
                $"(stored: {(names.Count == 0 ? "none" : string.Join(", ", names))}; expected {Expected})");
        }

        var entry = version is { } wanted ? named.FirstOrDefault(e => e.Version == wanted) : named.FirstOrDefault(e => includeRetired || e.State != PackageState.Retired);
        if (entry is null)
        {
            return PackageResult<PackageEntry>.Fail($"package '{reference}': versions of {name} in {Root}: " +
                string.Join(", ", named.OrderBy(e => e.Version).Select(e => $"v{e.Version} ({e.State.ToString().ToLowerInvariant()})")));
        }

        return entry.State == PackageState.Retired && !includeRetired
            ? PackageResult<PackageEntry>.Fail($"package '{entry.Reference}' is retired (since {entry.RetiredAt:yyyy-MM-dd}); promote another version")
            : PackageResult<PackageEntry>.Success(entry);
    }

    /// <summary>Reads the package of an entry (checking it was not changed since it was stored).</summary>
    public PackageResult<StrategyPackage> Read(PackageEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = Path.Combine(Root, entry.File);
        if (!File.Exists(path)) return PackageResult<StrategyPackage>.Fail($"package '{entry.Reference}': file {path} is missing from the store");
        var loaded = StrategyPackageJson.Load(path);
        if (!loaded.Ok) return loaded;
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StrategyPackageJson.Serialize(loaded.Value!))));
        return sha == entry.Sha256 ? loaded
            : PackageResult<StrategyPackage>.Fail($"package '{entry.Reference}': {path} was changed after it was stored (sha256 {sha}, stored {entry.Sha256}); store a new version instead");
    }

    /// <summary>
    /// The package a reference names — a file path, <c>promoted</c>, <c>NAME</c> or <c>NAME@vN</c> — for running it;
    /// retired versions are refused. What the bot's <c>--strategy</c> and <c>cst backtest --package</c> take.
    /// </summary>
    public static PackageResult<StrategyPackage> Resolve(string reference, string? storeRoot = null, TimeProvider? time = null)
    {
        if (!string.IsNullOrWhiteSpace(reference) && (File.Exists(reference) || reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return StrategyPackageJson.Load(reference);
        }

        var store = new PackageStore(storeRoot ?? DefaultRoot, time ?? TimeProvider.System);
        var found = store.Find(reference);
        return found.Ok ? store.Read(found.Value!) : PackageResult<StrategyPackage>.Fail(found.Errors);
    }

    private const string Expected = "a package file (.json), 'promoted', NAME or NAME@vN";

    private PackageResult<PackageEntry> FindOrAdd(string reference)
    {
        if (!string.IsNullOrWhiteSpace(reference) && (File.Exists(reference) || reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            var loaded = StrategyPackageJson.Load(reference);
            return loaded.Ok ? Add(loaded.Value!) : PackageResult<PackageEntry>.Fail(loaded.Errors);
        }

        return Find(reference);
    }

    private List<PackageEntry> ReadIndex()
    {
        if (!File.Exists(IndexPath)) return [];
        return JsonSerializer.Deserialize<List<PackageEntry>>(File.ReadAllText(IndexPath), IndexJson) ?? [];
    }

    // Written beside and moved over the old index, so a reader (the bot) never sees half a file.
    private void WriteIndex(List<PackageEntry> index)
    {
        Directory.CreateDirectory(Root);
        var tmp = IndexPath + ".tmp";
        File.WriteAllText(tmp, JsonSerializer.Serialize(index, IndexJson));
        File.Move(tmp, IndexPath, overwrite: true);
    }
}
