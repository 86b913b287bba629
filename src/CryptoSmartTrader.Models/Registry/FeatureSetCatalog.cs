using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Datasets;

namespace CryptoSmartTrader.Models.Registry;

/// <summary>
/// Feature sets by the name a model is trained with (<c>ta</c>, <c>regime</c>, …, <c>all</c>), resolved together with
/// the <see cref="FeatureSetDescriptor"/> the registry compares on load. Training, evaluation, backtests and the bot
/// all resolve names here, so a model is always fed the columns it was trained on.
/// </summary>
public static class FeatureSetCatalog
{
    /// <summary>
    /// The sets named <paramref name="name"/> (case and surrounding blanks ignored) from <paramref name="registry"/>
    /// (default <see cref="FeatureSetRegistry.CreateDefault"/>); a failure names the choices.
    /// </summary>
    public static RegistryResult<ResolvedFeatureSet> Resolve(string name, FeatureSetRegistry? registry = null)
    {
        registry ??= FeatureSetRegistry.CreateDefault();
        if (!registry.TryResolve(name, out var sets, out var error))
        {
            return RegistryResult<ResolvedFeatureSet>.Failure(error);
        }

        var key = name.Trim().ToLowerInvariant();
        return RegistryResult<ResolvedFeatureSet>.Success(new ResolvedFeatureSet(sets, FeatureSetDescriptor.FromColumns(key, FeatureFrames.Columns(sets))));
    }
}
