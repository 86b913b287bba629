using System.Globalization;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Registry;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>Rebuilds an untrained predictor from a stored model's kind and recorded hyperparameters (XGBoost names as in <see cref="XGBoostParameters.Describe"/>).</summary>
public static class RecordedPredictor
{
    /// <summary>False with the reason when the kind cannot be rebuilt here or a recorded hyperparameter does not parse.</summary>
    public static bool TryCreate(ModelMetadata meta, int? rounds, out Func<IPredictor> create, out string error)
    {
        create = () => new LinearPredictor();
        error = string.Empty;
        switch (meta.PredictorKind)
        {
            case LinearPredictor.KindName:
                return true;
            case XGBoostPredictor.KindName:
                var h = meta.Hyperparameters;
                var defaults = new XGBoostParameters();
                try
                {
                    var p = new XGBoostParameters
                    {
                        Rounds = rounds ?? Int(h, "rounds", defaults.Rounds),
                        MaxDepth = Int(h, "max_depth", defaults.MaxDepth),
                        Eta = Num(h, "eta", defaults.Eta),
                        Subsample = Num(h, "subsample", defaults.Subsample),
                        ColsampleByTree = Num(h, "colsample_bytree", defaults.ColsampleByTree),
                        MinChildWeight = Num(h, "min_child_weight", defaults.MinChildWeight),
                        Lambda = Num(h, "lambda", defaults.Lambda),
                        Seed = Int(h, "seed", meta.Seed ?? defaults.Seed),
                        // One thread: XGBoost's multi-threaded histogram sums can differ in the last bits, and a backtest must repeat exactly.
                        Threads = 1,
                    };
                    create = () => new XGBoostPredictor(p);
                    return true;
                }
                catch (FormatException ex)
                {
                    error = $"model '{meta.Name}': {ex.Message}";
                    return false;
                }

            default:
                error = $"model '{meta.Name}' is a {meta.PredictorKind} model; walk-forward retraining supports {LinearPredictor.KindName} and {XGBoostPredictor.KindName} models";
                return false;
        }
    }

    private static int Int(IReadOnlyDictionary<string, string> h, string key, int fallback) =>
        !h.TryGetValue(key, out var v) ? fallback
        : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x) ? x
        : throw new FormatException($"recorded hyperparameter {key} = '{v}' is not an integer");

    private static double Num(IReadOnlyDictionary<string, string> h, string key, double fallback) =>
        !h.TryGetValue(key, out var v) ? fallback
        : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x
        : throw new FormatException($"recorded hyperparameter {key} = '{v}' is not a number");
}
