using System.Globalization;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Training;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// A registered cross-sectional ranking model opened for trading: its fitted model, and what it was trained on
/// (<see cref="CrossSectionalModelInfo"/>: universe, target, horizon, factor windows), from which
/// <see cref="CreateAlpha"/> builds a <see cref="CrossSectionalModelAlpha"/> computing the same <c>xsection</c> inputs bar by bar.
/// </summary>
public sealed class CrossSectionalModelSource : IDisposable
{
    private readonly ModelBundle _bundle;

    private CrossSectionalModelSource(ModelBundle bundle, CrossSectionalModelInfo info)
    {
        _bundle = bundle;
        Info = info;
        Model = bundle.Horizons.Values.Single();
        Version = bundle.Metadata.CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
    }

    public ModelMetadata Metadata => _bundle.Metadata;
    public CrossSectionalModelInfo Info { get; }
    public HorizonModel Model { get; }

    /// <summary>The creation time in Unix ms, as <c>cst models show</c> prints it and a package pins it.</summary>
    public string Version { get; }

    /// <summary>
    /// Opens model <paramref name="name"/>; refused (a result, not an exception) when it is unknown, not cross-sectional,
    /// trained on data reaching <paramref name="tradeFrom"/> (in-sample), or its feature columns no longer match the code.
    /// </summary>
    public static RegistryResult<CrossSectionalModelSource> Open(ModelRegistry registry, string name, DateTimeOffset tradeFrom, string startLabel = "the start")
    {
        ArgumentNullException.ThrowIfNull(registry);
        var shown = registry.Show(name);
        if (!shown.Ok) return RegistryResult<CrossSectionalModelSource>.Failure(shown.Error!);
        var meta = shown.Value!;
        if (meta.CrossSection is not { } info)
        {
            return RegistryResult<CrossSectionalModelSource>.Failure(
                $"model '{name}' is not cross-sectional (feature set {meta.FeatureSet.Name}, symbols {string.Join(", ", meta.Symbols)}); " +
                $"expected one trained with cst train --cross-sectional (feature set {CrossSectionalModelTrainer.FeatureSetName})");
        }

        if (meta.TrainTo >= tradeFrom)
        {
            return RegistryResult<CrossSectionalModelSource>.Failure($"model '{name}' was trained on data up to {meta.TrainTo:yyyy-MM-ddTHH:mm:ssZ}, which is not before {startLabel} " +
                $"{tradeFrom:yyyy-MM-ddTHH:mm:ssZ}; a backtest there would be in-sample. Start after the training period.");
        }

        var loaded = registry.Load(name, CrossSectionalModelTrainer.Descriptor(info.Factors));
        if (!loaded.Ok) return RegistryResult<CrossSectionalModelSource>.Failure(loaded.Error!);
        if (loaded.Value!.Horizons.Count != 1)
        {
            loaded.Value.Dispose();
            return RegistryResult<CrossSectionalModelSource>.Failure($"model '{name}': expected one horizon model, found {loaded.Value.Horizons.Count}");
        }

        return RegistryResult<CrossSectionalModelSource>.Success(new CrossSectionalModelSource(loaded.Value, info));
    }

    /// <summary>
    /// The alpha over <paramref name="universe"/> (the model's universe or part of it, as the host has data); it gives no
    /// view at bars closing by the end of the training data.
    /// </summary>
    public CrossSectionalModelAlpha CreateAlpha(TradingUniverse universe, double confidence = 0.85, double payoffRatio = 1.0) =>
        new(universe, Model, Info, $"xs-model:{Metadata.Name}({Info.Horizon})", confidence, payoffRatio, Metadata.TrainTo);

    public void Dispose() => _bundle.Dispose();
}
