using System.Collections.Concurrent;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>
/// The one list of model kinds, used by <c>cst train</c>, the research facade and every retrain (walk-forward backtests,
/// the bot). The kinds of this assembly are found by reflection, so adding one is adding one file with an
/// <see cref="IModelKind"/>; other assemblies call <see cref="Register"/>.
/// </summary>
public static class ModelKinds
{
    private static readonly ConcurrentDictionary<string, IModelKind> Kinds = new(
        typeof(ModelKinds).Assembly.GetTypes()
            .Where(t => typeof(IModelKind).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IModelKind)Activator.CreateInstance(t)!)
            .ToDictionary(k => k.Name, StringComparer.Ordinal),
        StringComparer.Ordinal);

    public static void Register(IModelKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind.Name);
        Kinds[kind.Name] = kind;
    }

    /// <summary>The registered kinds by name.</summary>
    public static IReadOnlyList<IModelKind> All => Kinds.Values.OrderBy(k => Order(k.Name)).ThenBy(k => k.Name, StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Names => All.Select(k => k.Name).ToList();

    /// <summary>The kind named <paramref name="name"/> (case-insensitive), or null with the registered names in <paramref name="error"/>.</summary>
    public static IModelKind? Find(string? name, out string? error)
    {
        var key = (name ?? "").Trim().ToLowerInvariant();
        if (Kinds.TryGetValue(key, out var kind))
        {
            error = null;
            return kind;
        }

        var names = Names;
        error = $"expected {string.Join(", ", names.Take(names.Count - 1))}{(names.Count > 1 ? " or " : "")}{names[^1]}, got '{name}'" +
                (key is "lstm" or "transformer" or "nbeats" ? " (deep kinds register with TorchPredictors.RegisterLoaders())" : "");
        return null;
    }

    /// <summary>The kind a stored model was trained as: the recorded <c>kind</c> setting when registered, else its predictor kind.</summary>
    public static string NameOf(ModelMetadata meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        return meta.Hyperparameters.TryGetValue("kind", out var k) && Kinds.ContainsKey(k) ? k : meta.PredictorKind;
    }

    /// <summary>
    /// An untrained predictor per horizon for a stored model, from its kind and recorded settings — what a retrain fits on
    /// new data. <paramref name="rounds"/> replaces XGBoost's recorded boosting rounds.
    /// </summary>
    public static ModelKindResult Recreate(ModelMetadata meta, int? rounds = null)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var name = NameOf(meta);
        var kind = Find(name, out var error);
        if (kind is null) return ModelKindResult.Fail($"model '{meta.Name}' is a {name} model, which cannot be rebuilt here: {error}");
        var horizons = new List<Horizon>();
        foreach (var h in meta.Horizons)
        {
            try
            {
                horizons.Add(Horizon.Parse(h));
            }
            catch (FormatException)
            {
                return ModelKindResult.Fail($"model '{meta.Name}': recorded horizon '{h}' is not a horizon");
            }
        }

        var result = kind.Create(new ModelKindRequest
        {
            Settings = meta.Hyperparameters,
            Seed = meta.Seed ?? 1,
            Horizons = horizons,
            Rounds = rounds,
            Deterministic = true,
        });
        return result.Ok ? result : ModelKindResult.Fail($"model '{meta.Name}': {result.Error}");
    }

    private static int Order(string name) => name switch
    {
        "xgboost" => 0,
        "linear" => 1,
        "stacked" => 2,
        "regime-routed" => 3,
        "lightgbm" => 4,
        "fasttree" => 5,
        "lstm" => 6,
        "transformer" => 7,
        "nbeats" => 8,
        _ => 9, // later kinds after the built-in ones, by name
    };
}
