using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Core.Research;

/// <summary>
/// An alpha's view on a symbol at a bar close: a direction in [-1, 1] (short … flat … long), the confidence behind it,
/// and where it came from (a model id or a rule name), so every decision can be traced.
/// </summary>
public readonly record struct Signal
{
    public Signal(Symbol symbol, DateTimeOffset asOf, double direction, double confidence, string source, Prediction? prediction = null)
    {
        if (!(direction >= -1 && direction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"signal: direction must be in [-1, 1], got {direction}");
        }

        if (!(confidence >= 0 && confidence <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, $"signal: confidence must be in [0, 1], got {confidence}");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Symbol = symbol;
        AsOf = asOf.ToUniversalTime();
        Direction = direction;
        Confidence = confidence;
        Source = source;
        Prediction = prediction;
    }

    public Symbol Symbol { get; }
    public DateTimeOffset AsOf { get; }
    public double Direction { get; }
    public double Confidence { get; }
    public string Source { get; }
    public Prediction? Prediction { get; }
}
