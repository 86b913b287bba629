namespace CryptoSmartTrader.Models.Uncertainty;

/// <summary>
/// Split-conformal intervals (Vovk et al.; Lei et al. 2018) on absolute residuals: with n calibration scores the
/// half-width is the ⌈(n+1)·level⌉-th smallest, which covers a new exchangeable point with probability ≥ level.
/// </summary>
public static class SplitConformal
{
    public static double HalfWidth(ReadOnlySpan<double> absoluteResiduals, double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "conformal: level must be in (0, 1)");
        }

        if (absoluteResiduals.Length == 0)
        {
            throw new ArgumentException("conformal: needs at least one calibration residual", nameof(absoluteResiduals));
        }

        var sorted = absoluteResiduals.ToArray();
        Array.Sort(sorted);
        var k = (int)Math.Ceiling((sorted.Length + 1) * level);
        // With too few points the finite-sample rank exceeds n; the largest residual is the best available bound.
        return sorted[Math.Min(k, sorted.Length) - 1];
    }

    public static double[] AbsoluteResiduals(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        if (actual.Length != predicted.Length)
        {
            throw new ArgumentException($"conformal: {actual.Length} actuals but {predicted.Length} predictions", nameof(predicted));
        }

        var r = new double[actual.Length];
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = Math.Abs(actual[i] - predicted[i]);
        }

        return r;
    }
}
