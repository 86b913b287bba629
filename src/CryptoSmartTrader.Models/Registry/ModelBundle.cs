using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.Registry;

/// <summary>A stored model: metadata plus one <see cref="HorizonModel"/> per horizon and the naive baselines fitted alongside.</summary>
public sealed class ModelBundle(ModelMetadata metadata, IReadOnlyDictionary<string, HorizonModel> horizons, IReadOnlyDictionary<string, HorizonModel> baselines) : IDisposable
{
    public ModelMetadata Metadata { get; } = metadata;

    /// <summary>Keyed by horizon code (1h, 24h, 7d, 30d).</summary>
    public IReadOnlyDictionary<string, HorizonModel> Horizons { get; } = horizons;

    /// <summary>Keyed by "baselinekind@horizon", e.g. <c>naive-majority@24h</c>.</summary>
    public IReadOnlyDictionary<string, HorizonModel> Baselines { get; } = baselines;

    public HorizonModel For(Horizon horizon) => Horizons.TryGetValue(horizon.Code, out var m)
        ? m
        : throw new KeyNotFoundException($"model {Metadata.Name} has no {horizon} horizon; it has [{string.Join(", ", Horizons.Keys)}]");

    public void Dispose()
    {
        foreach (var m in Horizons.Values.Concat(Baselines.Values))
        {
            m.Dispose();
        }
    }
}
