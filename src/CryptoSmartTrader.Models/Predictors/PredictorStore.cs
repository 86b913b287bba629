using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Rebuilds fitted predictors from their saved JSON by kind. Later model families register their loader here.</summary>
public static class PredictorStore
{
    private static readonly ConcurrentDictionary<string, Func<JsonObject, IFittedPredictor>> Loaders = new(StringComparer.Ordinal)
    {
        [LinearPredictor.KindName] = LinearPredictor.Load,
        [XGBoostPredictor.KindName] = XGBoostPredictor.Load,
        [EnsemblePredictor.KindName] = EnsemblePredictor.Load,
        [NaivePredictor.KindName(NaiveKind.MajorityDirection)] = NaivePredictor.Load,
        [NaivePredictor.KindName(NaiveKind.Persistence)] = NaivePredictor.Load,
        [NaivePredictor.KindName(NaiveKind.ZeroReturn)] = NaivePredictor.Load,
        [ColumnSubsetPredictor.KindName] = ColumnSubsetPredictor.Load,
        [Stacking.StackingPredictor.KindName] = Stacking.StackedModel.Load,
        [Routing.RegimeRoutedPredictor.KindName] = Routing.RegimeRoutedModel.Load,
        [MlNet.MlNetTreeOptions.KindName(MlNet.MlNetTreeKind.LightGbm)] = MlNet.MlNetTreePredictor.Load,
        [MlNet.MlNetTreeOptions.KindName(MlNet.MlNetTreeKind.FastTree)] = MlNet.MlNetTreePredictor.Load,
    };

    public static void Register(string kind, Func<JsonObject, IFittedPredictor> loader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(loader);
        Loaders[kind] = loader;
    }

    public static IFittedPredictor Load(JsonObject state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var kind = state["kind"]?.GetValue<string>() ?? throw new FormatException("saved model: missing 'kind'");
        return Loaders.TryGetValue(kind, out var load)
            ? load(state)
            : throw new FormatException($"saved model: unknown kind '{kind}', known kinds are {string.Join(", ", Loaders.Keys.Order())}");
    }
}
