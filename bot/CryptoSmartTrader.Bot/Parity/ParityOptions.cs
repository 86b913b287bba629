namespace CryptoSmartTrader.Bot.Parity;

/// <summary>Settings of the continuous parity check (section <c>Bot:Parity</c>).</summary>
public sealed class ParityOptions
{
    public const string Section = "Bot:Parity";

    /// <summary>Significance level of the sign test.</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>A significant mean slippage smaller than this (bps) is still parity: too small to matter.</summary>
    public double SlippageToleranceBps { get; set; } = 1;

    /// <summary>Relative filled-quantity difference of a matched order above which it counts as a mismatch.</summary>
    public double QuantityTolerance { get; set; } = 1e-6;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Alpha is <= 0 or >= 1) errors.Add($"Bot:Parity:Alpha must be in (0, 1), got {Alpha}");
        if (SlippageToleranceBps < 0) errors.Add($"Bot:Parity:SlippageToleranceBps must be >= 0, got {SlippageToleranceBps}");
        if (QuantityTolerance < 0) errors.Add($"Bot:Parity:QuantityTolerance must be >= 0, got {QuantityTolerance}");
        return errors;
    }
}
