using MathNet.Numerics.Distributions;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Probabilistic and Deflated Sharpe ratios (Bailey &amp; López de Prado, "The Sharpe Ratio Efficient Frontier", 2012;
/// "The Deflated Sharpe Ratio", 2014). All Sharpe ratios here are per bar (not annualised).
/// </summary>
public static class SharpeInference
{
    private const double EulerGamma = 0.5772156649015329;

    /// <summary>
    /// PSR(SR*) = Φ( (SR̂ − SR*) √(n − 1) / √(1 − γ₃ SR̂ + (γ₄ − 1)/4 · SR̂²) ), γ₃ skewness, γ₄ kurtosis (not excess).
    /// </summary>
    public static double Probabilistic(double sharpe, double benchmarkSharpe, int n, double skewness, double kurtosis)
    {
        if (n < 2 || double.IsNaN(sharpe)) return double.NaN;
        var denom = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
        if (denom <= 0) return double.NaN;
        return Normal.CDF(0, 1, (sharpe - benchmarkSharpe) * Math.Sqrt(n - 1) / Math.Sqrt(denom));
    }

    /// <summary>
    /// Expected maximum Sharpe among N unskilled trials: SR₀ = √V · ((1 − γ) Φ⁻¹(1 − 1/N) + γ Φ⁻¹(1 − 1/(N e))),
    /// γ the Euler–Mascheroni constant, V the variance of the trials' Sharpe ratios. Zero for a single trial.
    /// </summary>
    public static double ExpectedMaxSharpe(int trials, double trialSharpeVariance)
    {
        if (trials < 1) throw new ArgumentOutOfRangeException(nameof(trials), trials, "number of trials must be >= 1");
        if (trials == 1) return 0;
        return Math.Sqrt(trialSharpeVariance) * ((1 - EulerGamma) * Normal.InvCDF(0, 1, 1 - 1.0 / trials)
            + EulerGamma * Normal.InvCDF(0, 1, 1 - 1.0 / (trials * Math.E)));
    }

    /// <summary>
    /// DSR = PSR(SR₀) with SR₀ = <see cref="ExpectedMaxSharpe"/>. When the trials' Sharpe variance is unknown it falls
    /// back to the estimator's own asymptotic variance (1 − γ₃ SR̂ + (γ₄ − 1)/4 · SR̂²) / (n − 1), which is documented as
    /// an approximation: it assumes the trials were as noisy as this one's estimate.
    /// </summary>
    public static double Deflated(double sharpe, int n, double skewness, double kurtosis, int trials, double? trialSharpeVariance = null)
    {
        if (n < 2 || double.IsNaN(sharpe)) return double.NaN;
        var v = trialSharpeVariance ?? (1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe) / (n - 1);
        return Probabilistic(sharpe, ExpectedMaxSharpe(trials, v), n, skewness, kurtosis);
    }
}
