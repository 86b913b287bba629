using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Models.Routing;
using CryptoSmartTrader.Models.Stacking;

namespace CryptoSmartTrader.Cli.Commands.Models;

/// <summary><c>--model-type stacked|regime-routed</c>: predictors built from XGBoost plus other learners.</summary>
internal static class ComposedKinds
{
    public static bool Is(string kind) => kind is "stacked" or "regime-routed";

    /// <summary>Routing reads the regime detector's column; without it every fit would fail deep inside training.</summary>
    public static void Validate(string kind, FeatureSetDescriptor descriptor)
    {
        if (kind == "regime-routed" && !descriptor.Columns.Contains("regime"))
        {
            throw new CliUsageException($"--model-type regime-routed needs the regime features (column 'regime'); feature set '{descriptor.Name}' " +
                "has none: use --features all");
        }
    }

    /// <summary>
    /// The stack's level-1 inputs are out-of-fold predictions of XGBoost, ridge/logistic and persistence, for this
    /// horizon and the other requested horizons (features known at t only).
    /// </summary>
    public static IPredictor Create(string kind, XGBoostParameters parameters, IReadOnlyList<Horizon> horizons, Horizon horizon) => kind switch
    {
        "stacked" => new StackingPredictor(
            [
                new StackingBase("xgboost", new XGBoostPredictor(parameters)),
                new StackingBase("linear", new LinearPredictor()),
                new StackingBase("persistence", new NaivePredictor(NaiveKind.Persistence)),
            ],
            new StackingOptions { OtherHorizons = horizons.Where(h => h != horizon).ToArray() }),
        "regime-routed" => new RegimeRoutedPredictor(new XGBoostPredictor(parameters)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a composed model type"),
    };
}
