using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Kinds;

/// <summary>What a kind builds from: text settings (as recorded in a model's metadata), the seed and the horizons trained together.</summary>
public sealed record ModelKindRequest
{
    /// <summary>Settings by the names the kind records (e.g. XGBoost's <c>max_depth</c>, a deep model's <c>window</c>); missing ones take defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    public int Seed { get; init; } = 1;

    public IReadOnlyList<Horizon> Horizons { get; init; } = [];

    /// <summary>Per-horizon XGBoost parameters found by a hyperparameter search (XGBoost-based kinds use them for that horizon).</summary>
    public Func<Horizon, XGBoostParameters?>? Tuned { get; init; }

    /// <summary>Retraining a stored model: the boosting rounds to use instead of the recorded ones.</summary>
    public int? Rounds { get; init; }

    /// <summary>Single-threaded where threads change results in the last bits (a retrained model in a backtest must repeat exactly).</summary>
    public bool Deterministic { get; init; }
}

/// <summary>A kind's answer: a predictor per horizon and the settings to record, or an error naming the setting.</summary>
public sealed record ModelKindResult(Func<Horizon, IPredictor>? Predictor, IReadOnlyDictionary<string, string> Recorded, string? Error)
{
    public bool Ok => Error is null;

    public static ModelKindResult Success(Func<Horizon, IPredictor> predictor, IReadOnlyDictionary<string, string> recorded) => new(predictor, recorded, null);

    public static ModelKindResult Fail(string error) => new(null, new Dictionary<string, string>(), error);
}
