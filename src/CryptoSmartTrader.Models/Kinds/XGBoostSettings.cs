using System.Globalization;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>XGBoost parameters from recorded text settings (the names of <see cref="XGBoostParameters.Describe"/>); missing ones take defaults.</summary>
public static class XGBoostSettings
{
    /// <summary>The parameters, or null with the first setting that does not parse in <paramref name="error"/>.</summary>
    public static XGBoostParameters? Parse(ModelKindRequest request, out string? error)
    {
        var h = request.Settings;
        var d = new XGBoostParameters();
        try
        {
            error = null;
            return new XGBoostParameters
            {
                Rounds = request.Rounds ?? Int(h, "rounds", d.Rounds),
                MaxDepth = Int(h, "max_depth", d.MaxDepth),
                Eta = Num(h, "eta", d.Eta),
                Subsample = Num(h, "subsample", d.Subsample),
                ColsampleByTree = Num(h, "colsample_bytree", d.ColsampleByTree),
                MinChildWeight = Num(h, "min_child_weight", d.MinChildWeight),
                Lambda = Num(h, "lambda", d.Lambda),
                Seed = Int(h, "seed", request.Seed),
                // One thread when it must repeat: XGBoost's multi-threaded histogram sums can differ in the last bits.
                Threads = request.Deterministic ? 1 : d.Threads,
            };
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
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
