using System.Text.Json;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Models.AutoML;

/// <summary>The search outcome, persisted as JSON so a run can be audited and repeated from its seed.</summary>
public sealed record SearchResult(string Horizon, SearchObjective Objective, int Seed, XGBoostParameters Best, double BestScore,
    IReadOnlyList<TrialResult> Trials, bool BudgetExhausted)
{
    public void Save(string path) => RegistryJson.WriteAtomic(path, JsonSerializer.Serialize(this, RegistryJson.Options));

    public static SearchResult Load(string path) =>
        JsonSerializer.Deserialize<SearchResult>(File.ReadAllText(path), RegistryJson.Options) ?? throw new FormatException($"search result: {path} is empty");
}
