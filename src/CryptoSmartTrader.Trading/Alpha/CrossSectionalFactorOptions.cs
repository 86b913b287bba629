namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>Settings of <see cref="CrossSectionalFactorAlpha"/> (strategy package: <c>alpha.kind = "xs-factor"</c>, <c>alpha.xsFactor</c>).</summary>
public sealed class CrossSectionalFactorOptions
{
    public const string Momentum = "momentum";
    public const string Reversal = "reversal";

    /// <summary><c>momentum</c> (rank by the past return: winners on top) or <c>reversal</c> (losers on top).</summary>
    public string Factor { get; set; } = Reversal;

    /// <summary>Bars of the past log return that is ranked.</summary>
    public int LookbackBars { get; set; } = 24;

    /// <summary>Fewer symbols with a return at a bar: no view for any (a cross-section of two says little).</summary>
    public int MinSymbols { get; set; } = 4;

    /// <summary>The confidence attached to every view (a rank is not a probability: set it to what the risk gate should see).</summary>
    public double Confidence { get; set; } = 0.85;

    public double PayoffRatio { get; set; } = 1.0;

    public void Validate()
    {
        if (Factor is not (Momentum or Reversal)) throw new ArgumentException($"cross-sectional factor alpha: factor must be {Momentum} or {Reversal}, got '{Factor}'", nameof(Factor));
        if (LookbackBars < 1) throw new ArgumentOutOfRangeException(nameof(LookbackBars), LookbackBars, "cross-sectional factor alpha: lookbackBars must be >= 1");
        if (MinSymbols < 2) throw new ArgumentOutOfRangeException(nameof(MinSymbols), MinSymbols, "cross-sectional factor alpha: minSymbols must be >= 2");
        if (!(Confidence is >= 0.5 and <= 1)) throw new ArgumentOutOfRangeException(nameof(Confidence), Confidence, "cross-sectional factor alpha: confidence must be in [0.5, 1]");
        if (!(PayoffRatio > 0)) throw new ArgumentOutOfRangeException(nameof(PayoffRatio), PayoffRatio, "cross-sectional factor alpha: payoffRatio must be > 0");
    }
}
