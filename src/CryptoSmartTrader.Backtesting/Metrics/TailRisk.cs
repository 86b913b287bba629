namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Historical (non-parametric) value at risk and conditional value at risk at confidence c of per-bar returns:
/// VaR = −Q(1 − c) with Q the type-7 (linear interpolation) empirical quantile; CVaR (expected shortfall)
/// = −mean{rᵢ : rᵢ ≤ Q(1 − c)}. Both are reported as positive loss fractions per bar.
/// </summary>
public static class TailRisk
{
    public static (double VaR, double CVaR) Historical(ReadOnlySpan<double> returns, double confidence = 0.95)
    {
        if (confidence is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "confidence must be in (0, 1), e.g. 0.95");
        }

        if (returns.Length == 0) return (double.NaN, double.NaN);
        var sorted = returns.ToArray();
        Array.Sort(sorted);
        var q = Stats.Quantile(sorted, 1 - confidence);
        double sum = 0;
        var n = 0;
        foreach (var r in sorted)
        {
            if (r > q) break;
            sum += r;
            n++;
        }

        return (-q, n == 0 ? -q : -sum / n);
    }
}
