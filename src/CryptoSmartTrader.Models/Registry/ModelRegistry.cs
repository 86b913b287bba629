using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.Registry;

/// <summary>
/// A folder of models: <c>ROOT/NAME/metadata.json</c>, one <c>horizon-CODE.json</c> per horizon (predictor state,
/// XGBoost models as XGBoost JSON, calibrator, conformal widths) and <c>baselines.json</c>.
/// </summary>
public sealed partial class ModelRegistry(string root, TimeProvider timeProvider)
{
    public string Root { get; } = Path.GetFullPath(root ?? throw new ArgumentNullException(nameof(root)));

    public RegistryResult<ModelMetadata> Save(ModelBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var name = bundle.Metadata.Name;
        if (NameError(name) is { } error)
        {
            return RegistryResult<ModelMetadata>.Failure(error);
        }

        var dir = Path.Combine(Root, name);
        if (File.Exists(Path.Combine(dir, "metadata.json")))
        {
            return RegistryResult<ModelMetadata>.Failure($"model '{name}' already exists in {Root}; choose another name or retire it");
        }

        Directory.CreateDirectory(dir);
        foreach (var (code, model) in bundle.Horizons)
        {
            RegistryJson.WriteAtomic(Path.Combine(dir, $"horizon-{code}.json"), model.Save().ToJsonString());
        }

        var baselines = new JsonObject();
        foreach (var (key, model) in bundle.Baselines)
        {
            baselines[key] = model.Save();
        }

        RegistryJson.WriteAtomic(Path.Combine(dir, "baselines.json"), baselines.ToJsonString());
        // Metadata last: its presence marks the model complete.
        RegistryJson.WriteAtomic(Path.Combine(dir, "metadata.json"), JsonSerializer.Serialize(bundle.Metadata, RegistryJson.Options));
        return RegistryResult<ModelMetadata>.Success(bundle.Metadata);
    }

    public IReadOnlyList<ModelMetadata> List()
    {
        if (!Directory.Exists(Root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(Root)
            .Select(d => Path.Combine(d, "metadata.json"))
            .Where(File.Exists)
            .Select(p => JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(p), RegistryJson.Options)!)
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
    }

    public RegistryResult<ModelMetadata> Show(string name)
    {
        if (NameError(name) is { } error)
        {
            return RegistryResult<ModelMetadata>.Failure(error);
        }

        var path = Path.Combine(Root, name, "metadata.json");
        return File.Exists(path)
            ? RegistryResult<ModelMetadata>.Success(JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(path), RegistryJson.Options)!)
            : RegistryResult<ModelMetadata>.Failure($"model '{name}' not found in {Root}");
    }

    /// <summary>Loads a model; fails when its feature set differs from <paramref name="currentFeatures"/> (what the code computes now).</summary>
    public RegistryResult<ModelBundle> Load(string name, FeatureSetDescriptor currentFeatures)
    {
        ArgumentNullException.ThrowIfNull(currentFeatures);
        var meta = Show(name);
        if (!meta.Ok)
        {
            return RegistryResult<ModelBundle>.Failure(meta.Error!);
        }

        var m = meta.Value!;
        if (m.FeatureSet.Difference(currentFeatures) is { } diff)
        {
            return RegistryResult<ModelBundle>.Failure($"model '{name}' cannot be used: {diff}. Retrain it with the current features.");
        }

        var dir = Path.Combine(Root, name);
        var horizons = new Dictionary<string, HorizonModel>(StringComparer.Ordinal);
        foreach (var code in m.Horizons)
        {
            var state = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(dir, $"horizon-{code}.json")))!;
            horizons[code] = HorizonModel.Load(state);
        }

        var baselines = new Dictionary<string, HorizonModel>(StringComparer.Ordinal);
        var basePath = Path.Combine(dir, "baselines.json");
        if (File.Exists(basePath))
        {
            foreach (var (key, node) in (JsonObject)JsonNode.Parse(File.ReadAllText(basePath))!)
            {
                baselines[key] = HorizonModel.Load((JsonObject)node!);
            }
        }

        return RegistryResult<ModelBundle>.Success(new ModelBundle(m, horizons, baselines));
    }

    public RegistryResult<ModelMetadata> Promote(string name) => Transition(name, ModelState.Promoted,
        m => m.State == ModelState.Candidate ? null : $"model '{name}' is {m.State.ToString().ToLowerInvariant()}; only a candidate can be promoted",
        m => m with { State = ModelState.Promoted, PromotedAt = timeProvider.GetUtcNow() });

    public RegistryResult<ModelMetadata> Retire(string name) => Transition(name, ModelState.Retired,
        m => m.State == ModelState.Retired ? $"model '{name}' is already retired" : null,
        m => m with { State = ModelState.Retired, RetiredAt = timeProvider.GetUtcNow() });

    /// <summary>The most recently promoted model that is not retired, if any.</summary>
    public ModelMetadata? Promoted() => List().Where(m => m.State == ModelState.Promoted).OrderBy(m => m.PromotedAt).LastOrDefault();

    private RegistryResult<ModelMetadata> Transition(string name, ModelState target, Func<ModelMetadata, string?> check, Func<ModelMetadata, ModelMetadata> apply)
    {
        var meta = Show(name);
        if (!meta.Ok)
        {
            return meta;
        }

        if (check(meta.Value!) is { } error)
        {
            return RegistryResult<ModelMetadata>.Failure(error);
        }

        var updated = apply(meta.Value!);
        RegistryJson.WriteAtomic(Path.Combine(Root, name, "metadata.json"), JsonSerializer.Serialize(updated, RegistryJson.Options));
        return RegistryResult<ModelMetadata>.Success(updated);
    }

    private static string? NameError(string? name) => name is not null && NamePattern().IsMatch(name)
        ? null
        : $"model name must be 1-64 letters, digits, '.', '_' or '-' (not starting with '.'), got '{name}'";

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();
}
