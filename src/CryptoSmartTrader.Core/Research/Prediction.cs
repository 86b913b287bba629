using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Research;

/// <summary>
/// A model's forecast for one symbol and horizon, made with data known at <see cref="AsOf"/> (a bar close).
/// <see cref="ProbabilityUp"/> is calibrated; <see cref="Confidence"/> is the calibrated probability of the
/// predicted direction, possibly shrunk by ensemble disagreement, and is what the trading gate compares.
/// </summary>
public sealed record Prediction
{
    public Prediction(Symbol symbol, Horizon horizon, DateTimeOffset asOf, double probabilityUp, double expectedReturn,
        double intervalLow, double intervalHigh, string modelId, string modelVersion, double? confidence = null, double intervalLevel = 0.8)
    {
        Check(probabilityUp >= 0 && probabilityUp <= 1, nameof(probabilityUp), probabilityUp, "a probability in [0, 1]");
        Check(double.IsFinite(expectedReturn), nameof(expectedReturn), expectedReturn, "a finite log return");
        Check(double.IsFinite(intervalLow) && double.IsFinite(intervalHigh) && intervalLow <= intervalHigh,
            nameof(intervalLow), intervalLow, $"a finite lower bound <= intervalHigh {intervalHigh}");
        Check(intervalLevel > 0 && intervalLevel < 1, nameof(intervalLevel), intervalLevel, "a coverage level in (0, 1)");
        var conf = confidence ?? Math.Max(probabilityUp, 1 - probabilityUp);
        Check(conf >= 0 && conf <= 1, nameof(confidence), conf, "a probability in [0, 1]");
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);

        Symbol = symbol;
        Horizon = horizon;
        AsOf = asOf.ToUniversalTime();
        ProbabilityUp = probabilityUp;
        ExpectedReturn = expectedReturn;
        IntervalLow = intervalLow;
        IntervalHigh = intervalHigh;
        IntervalLevel = intervalLevel;
        ModelId = modelId;
        ModelVersion = modelVersion;
        Confidence = conf;
    }

    public Symbol Symbol { get; }
    public Horizon Horizon { get; }
    public DateTimeOffset AsOf { get; }
    public double ProbabilityUp { get; }

    /// <summary>Expected log return over the horizon.</summary>
    public double ExpectedReturn { get; }

    public double IntervalLow { get; }
    public double IntervalHigh { get; }
    public double IntervalLevel { get; }
    public string ModelId { get; }
    public string ModelVersion { get; }
    public double Confidence { get; }

    public int Direction => ProbabilityUp >= 0.5 ? 1 : -1;
    public double IntervalWidth => IntervalHigh - IntervalLow;

    private static void Check(bool ok, string name, double value, string expected)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"prediction: {name} must be {expected}, got {value}");
        }
    }
}
