namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>Windows and the fixed confidence/payoff a rule alpha reports (a rule has no calibrated probability).</summary>
public sealed class SmaCrossOptions
{
    public int Fast { get; set; } = 20;
    public int Slow { get; set; } = 50;
    public bool AllowShort { get; set; }
    public double Confidence { get; set; } = 0.85;
    public double PayoffRatio { get; set; } = 1.5;

    public void Validate()
    {
        if (Fast < 1) throw new ArgumentOutOfRangeException(nameof(Fast), Fast, "sma-cross: Fast must be >= 1");
        if (Slow <= Fast) throw new ArgumentOutOfRangeException(nameof(Slow), Slow, $"sma-cross: Slow must be > Fast ({Fast})");
        if (!(Confidence is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "sma-cross: Confidence must be in [0, 1]");
        if (!(PayoffRatio > 0)) throw new ArgumentOutOfRangeException(nameof(PayoffRatio), PayoffRatio, "sma-cross: PayoffRatio must be > 0");
    }
}
