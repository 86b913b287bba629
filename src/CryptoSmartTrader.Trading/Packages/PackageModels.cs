using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>Opens the registry models a <c>models</c> package names, checking each pinned version.</summary>
public static class PackageModels
{
    /// <summary>
    /// Opens every model of <paramref name="package"/>; a model whose version differs from the pinned one (it was retrained
    /// since the package was made) is refused, naming both versions. <paramref name="tradeFrom"/> is the first bar close
    /// traded: <see cref="ModelAlphaSource.Open"/> refuses a model trained on it. <paramref name="featureSets"/> resolves the
    /// models' feature sets (default <see cref="FeatureSetRegistry.CreateDefault()"/>); every host passes the one built on its
    /// market store (Research's <c>StoreFeatureSets.Create</c>), so a model trained on <c>derivatives</c> opens everywhere.
    /// </summary>
    public static PackageResult<IReadOnlyList<ModelAlphaSource>> Open(StrategyPackage package, ModelRegistry registry, DateTimeOffset tradeFrom, string startLabel = "the start",
        FeatureSetRegistry? featureSets = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(registry);
        if (package.Alpha.Kind != AlphaSpec.ModelsKind) return PackageResult<IReadOnlyList<ModelAlphaSource>>.Success([]);
        var opened = new List<ModelAlphaSource>();
        var errors = new List<string>();
        for (var i = 0; i < package.Alpha.Models.Count; i++)
        {
            var m = package.Alpha.Models[i];
            var result = ModelAlphaSource.Open(registry, m.Name, tradeFrom, startLabel, featureSets);
            if (!result.Ok)
            {
                errors.Add($"alpha.models[{i}] ({m.Name}): {result.Error} (registry {registry.Root})");
                continue;
            }

            var source = result.Value!;
            if (m.Version is { } pinned && pinned != source.Version)
            {
                errors.Add($"alpha.models[{i}].version: expected {pinned} (the version the package was made with), the registry in {registry.Root} has {source.Version}; " +
                           "retrain produced a new model: make a new package, or restore that version");
                source.Dispose();
                continue;
            }

            opened.Add(source);
        }

        if (errors.Count == 0) return PackageResult<IReadOnlyList<ModelAlphaSource>>.Success(opened);
        foreach (var s in opened) s.Dispose();
        return PackageResult<IReadOnlyList<ModelAlphaSource>>.Fail(errors);
    }

    /// <summary>
    /// Opens the cross-sectional model of an <c>xs-model</c> package (null for other kinds). Refused, naming the field: a
    /// model that is not cross-sectional, a version other than the pinned one, or a model whose universe is not the
    /// package's <c>universe.symbols</c> (its features rank exactly that universe).
    /// </summary>
    public static PackageResult<CrossSectionalModelSource?> OpenCrossSectional(StrategyPackage package, ModelRegistry registry, DateTimeOffset tradeFrom, string startLabel = "the start")
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(registry);
        if (package.Alpha.Kind != AlphaSpec.XsModelKind || package.Alpha.XsModel is not { } m) return PackageResult<CrossSectionalModelSource?>.Success(null);
        var opened = CrossSectionalModelSource.Open(registry, m.Name, tradeFrom, startLabel);
        if (!opened.Ok) return PackageResult<CrossSectionalModelSource?>.Fail([$"alpha.xsModel ({m.Name}): {opened.Error} (registry {registry.Root})"]);
        var source = opened.Value!;
        string? error = null;
        if (m.Version is { } pinned && pinned != source.Version)
        {
            error = $"alpha.xsModel.version: expected {pinned} (the version the package was made with), the registry in {registry.Root} has {source.Version}; " +
                    "retrain produced a new model: make a new package, or restore that version";
        }
        else
        {
            var model = source.Info.Universe.Select(CryptoSmartTrader.Core.Markets.Symbol.Parse).ToHashSet();
            var traded = package.Universe.Symbols.Select(s => CryptoSmartTrader.Core.Markets.Symbol.TryParse(s, out var sym, out _) ? sym : default).ToHashSet();
            if (!model.SetEquals(traded))
            {
                error = $"alpha.xsModel ({m.Name}): the model ranks the universe [{string.Join(", ", source.Info.Universe)}]; expected universe.symbols to be the same symbols, " +
                        $"got [{string.Join(", ", package.Universe.Symbols)}]";
            }
        }

        if (error is null) return PackageResult<CrossSectionalModelSource?>.Success(source);
        source.Dispose();
        return PackageResult<CrossSectionalModelSource?>.Fail([error]);
    }
}
