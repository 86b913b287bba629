using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>
/// Reads and writes strategy packages. Reading is strict: an unknown key is an error naming the key and the nearest valid
/// one (a misspelt <c>stopLosPercent</c> must not silently trade without a stop), a value of the wrong type names the field
/// and the type expected, and <see cref="StrategyPackageValidator"/> checks every value. Problems come back as results.
/// </summary>
public static class StrategyPackageJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(StrategyPackage package) => JsonSerializer.Serialize(package, Options);

    public static async Task SaveAsync(StrategyPackage package, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(path, Serialize(package) + Environment.NewLine, cancellationToken);
    }

    /// <summary>Reads and validates the package file at <paramref name="path"/>; every problem names the file and the field.</summary>
    public static PackageResult<StrategyPackage> Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) return PackageResult<StrategyPackage>.Fail("package: expected a file path, got an empty one");
        if (!File.Exists(path)) return PackageResult<StrategyPackage>.Fail($"package {path}: not found (expected a strategy package JSON file, e.g. the package.json that cst backtest writes)");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            return PackageResult<StrategyPackage>.Fail($"package {path}: cannot be read ({ex.Message})");
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates package JSON; <paramref name="source"/> names it in errors.</summary>
    public static PackageResult<StrategyPackage> Parse(string json, string source = "package")
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return PackageResult<StrategyPackage>.Fail($"{source}: not valid JSON ({ex.Message})");
        }

        if (root is not JsonObject obj) return PackageResult<StrategyPackage>.Fail($"{source}: expected a JSON object with schemaVersion, universe, alpha, ..., got {Describe(root)}");

        // The schema version is checked first: a newer format's keys would otherwise read as unknown-key noise.
        if (obj.TryGetPropertyValue("schemaVersion", out var sv) && sv is JsonValue v && v.TryGetValue<int>(out var version) && version != StrategyPackage.CurrentSchemaVersion)
        {
            return PackageResult<StrategyPackage>.Fail(
                $"{source}: schemaVersion: expected {StrategyPackage.CurrentSchemaVersion} (the package format this code reads), got {version}");
        }

        var errors = new List<string>();
        Check(root, typeof(StrategyPackage), "", errors);
        if (errors.Count > 0) return PackageResult<StrategyPackage>.Fail(errors.Select(e => $"{source}: {e}").ToArray());
        StrategyPackage? package;
        try
        {
            package = root.Deserialize<StrategyPackage>(Options);
        }
        catch (JsonException ex)
        {
            return PackageResult<StrategyPackage>.Fail($"{source}: {Trim(ex.Path)}: {ex.Message}");
        }

        if (package is null) return PackageResult<StrategyPackage>.Fail($"{source}: expected a package object, got null");
        var problems = StrategyPackageValidator.Validate(package);
        return problems.Count == 0 ? PackageResult<StrategyPackage>.Success(package)
            : PackageResult<StrategyPackage>.Fail(problems.Select(e => $"{source}: {e}").ToArray());
    }

    /// <summary>
    /// Checks any JSON document's keys and leaf types against <paramref name="type"/> with the package's rules (camelCase
    /// keys; an unknown key names the nearest valid one), so older formats that still load, such as the bot's strategy
    /// files, cannot silently ignore a misspelled key either. Syntax errors are left to the caller's reader.
    /// </summary>
    public static IReadOnlyList<string> CheckShape(string json, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return [];
        }

        var errors = new List<string>();
        Check(root, type, "", errors);
        return errors;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            PropertyNameCaseInsensitive = false,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        o.MakeReadOnly();
        return o;
    }

    // Walks the JSON beside the package's types: keys against the properties, leaves against the property types.
    private static void Check(JsonNode? node, Type type, string path, List<string> errors)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is null)
        {
            if (underlying is null && type.IsValueType) errors.Add($"{Name(path)}: expected {Expected(type)}, got null");
            return;
        }

        type = underlying ?? type;
        var info = Options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (node is not JsonObject obj)
                {
                    errors.Add($"{Name(path)}: expected an object, got {Describe(node)}");
                    return;
                }

                var props = info.Properties.Where(p => p.Set is not null || p.Get is not null).ToDictionary(p => p.Name, StringComparer.Ordinal);
                foreach (var (key, value) in obj)
                {
                    if (props.TryGetValue(key, out var p))
                    {
                        Check(value, p.PropertyType, path + "." + key, errors);
                        continue;
                    }

                    var nearest = Nearest(key, props.Keys);
                    errors.Add($"{Name(path + "." + key)}: unknown key{(nearest is null ? "" : $"; did you mean '{nearest}'?")} " +
                               $"(valid keys{(path.Length == 0 ? "" : " of " + Name(path))}: {string.Join(", ", props.Keys.Order(StringComparer.Ordinal))})");
                }

                return;
            case JsonTypeInfoKind.Enumerable:
                if (node is not JsonArray array)
                {
                    errors.Add($"{Name(path)}: expected a list, got {Describe(node)}");
                    return;
                }

                for (var i = 0; i < array.Count; i++) Check(array[i], info.ElementType!, $"{path}[{i}]", errors);
                return;
            case JsonTypeInfoKind.Dictionary:
                if (node is not JsonObject map)
                {
                    errors.Add($"{Name(path)}: expected an object of names to values, got {Describe(node)}");
                    return;
                }

                foreach (var (key, value) in map) Check(value, info.ElementType!, $"{path}.{key}", errors);
                return;
            default:
                CheckValue(node, type, path, errors);
                return;
        }
    }

    private static void CheckValue(JsonNode node, Type type, string path, List<string> errors)
    {
        var kind = node.GetValueKind();
        var ok = type == typeof(string) ? kind == JsonValueKind.String
            : type == typeof(bool) ? kind is JsonValueKind.True or JsonValueKind.False
            : type.IsEnum ? kind == JsonValueKind.String && Enum.TryParse(type, node.GetValue<string>(), ignoreCase: true, out _)
            : type == typeof(TimeSpan) ? kind == JsonValueKind.String && TimeSpan.TryParse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _)
            : type == typeof(DateTimeOffset) ? kind == JsonValueKind.String && DateTimeOffset.TryParse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _)
            : type == typeof(int) ? kind == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out _)
            : type == typeof(long) ? kind == JsonValueKind.Number && node.AsValue().TryGetValue<long>(out _)
            : IsNumber(type) ? kind == JsonValueKind.Number
            : true;
        if (!ok) errors.Add($"{Name(path)}: expected {Expected(type)}, got {Describe(node)}");
    }

    private static bool IsNumber(Type t) => t == typeof(double) || t == typeof(decimal) || t == typeof(float);

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName));
        return type == typeof(string) ? "a string"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) || type == typeof(long) ? "a whole number"
            : IsNumber(type) ? "a number"
            : type == typeof(TimeSpan) ? "a duration string such as \"1.00:00:00\" (1 day) or \"00:15:00\""
            : type == typeof(DateTimeOffset) ? "an ISO-8601 time such as \"2024-01-01T00:00:00Z\""
            : type.Name;
    }

    private static string Describe(JsonNode? node)
    {
        if (node is null) return "null";
        var text = node.ToJsonString();
        if (text.Length > 40) text = text[..37] + "...";
        return node.GetValueKind() switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "a list",
            _ => text,
        };
    }

    private static string Name(string path) => path.Length == 0 ? "(root)" : path.TrimStart('.');

    private static string Trim(string? jsonPath) => string.IsNullOrEmpty(jsonPath) ? "(root)" : jsonPath.TrimStart('$').TrimStart('.');

    /// <summary>The valid key closest to <paramref name="key"/> by edit distance (case-insensitive), when close enough to be a typo.</summary>
    internal static string? Nearest(string key, IEnumerable<string> valid)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var v in valid)
        {
            var d = Distance(key.ToLowerInvariant(), v.ToLowerInvariant());
            if (d < bestDistance)
            {
                (best, bestDistance) = (v, d);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, key.Length / 2) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
