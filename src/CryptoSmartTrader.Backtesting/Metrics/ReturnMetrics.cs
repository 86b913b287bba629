using CryptoSmartTrader.Backtesting.Results;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Return and risk-adjusted return metrics of an equity curve. Per-bar simple returns rᵢ = Eᵢ / Eᵢ₋₁ − 1;
/// annualisation uses P bars per year, P = 365 days / bar length (crypto trades every day of the year).
/// </summary>
public static class ReturnMetrics
{
    /// <summary>Days per year used for annualisation and CAGR (crypto markets never close).</summary>
    public const double DaysPerYear = 365.0;

    /// <summary>P = 365 d / bar length.</summary>
    public static double PeriodsPerYear(TimeSpan barLength) =>
        barLength > TimeSpan.Zero ? TimeSpan.FromDays(DaysPerYear) / barLength
        : throw new ArgumentOutOfRangeException(nameof(barLength), barLength, "bar length must be positive");

    /// <summary>rᵢ = Eᵢ / Eᵢ₋₁ − 1 for consecutive equity points.</summary>
    public static double[] SimpleReturns(IReadOnlyList<EquityPoint> curve)
    {
        if (curve.Count < 2) return [];
        var r = new double[curve.Count - 1];
        for (var i = 1; i < curve.Count; i++)
        {
            var prev = (double)curve[i - 1].Equity;
            r[i - 1] = prev == 0 ? 0 : (double)curve[i].Equity / prev - 1;
        }

        return r;
    }

    /// <summary>Total return E_T / E_0 − 1.</summary>
    public static double TotalReturn(double startEquity, double endEquity) => startEquity == 0 ? double.NaN : endEquity / startEquity - 1;

    /// <summary>CAGR = (E_T / E_0)^{1/years} − 1 with years = elapsed / 365 days.</summary>
    public static double Cagr(double startEquity, double endEquity, TimeSpan elapsed)
    {
        var years = elapsed.TotalDays / DaysPerYear;
        if (years <= 0 || startEquity <= 0 || endEquity < 0) return double.NaN;
        return Math.Pow(endEquity / startEquity, 1 / years) - 1;
    }

    /// <summary>Annualised volatility σ = s(r) · √P (sample standard deviation).</summary>
    public static double Volatility(ReadOnlySpan<double> returns, double periodsPerYear) => Stats.StdDev(returns) * Math.Sqrt(periodsPerYear);

    /// <summary>Sharpe (1966, ex-post) = mean(r − r_f) / s(r) · √P, r_f per bar from an annual rate by r_f/P.</summary>
    public static double Sharpe(ReadOnlySpan<double> returns, double periodsPerYear, double riskFreeAnnual = 0)
    {
        var sd = Stats.StdDev(returns);
        return sd is 0 or double.NaN ? double.NaN : (Stats.Mean(returns) - riskFreeAnnual / periodsPerYear) / sd * Math.Sqrt(periodsPerYear);
    }

    /// <summary>Per-bar (not annualised) Sharpe mean(r) / s(r), the SR̂ of the PSR/DSR formulas.</summary>
    public static double SharpePerPeriod(ReadOnlySpan<double> returns)
    {
        var sd = Stats.StdDev(returns);
        return sd is 0 or double.NaN ? double.NaN : Stats.Mean(returns) / sd;
    }

    /// <summary>
    /// Sortino &amp; Price (1994) with target 0: mean(r) / DD · √P, downside deviation DD = √(Σ min(rᵢ, 0)² / n) over all n bars.
    /// </summary>
    public static double Sortino(ReadOnlySpan<double> returns, double periodsPerYear)
    {
        if (returns.Length == 0) return double.NaN;
        double s = 0;
        foreach (var r in returns) if (r < 0) s += r * r;
        var dd = Math.Sqrt(s / returns.Length);
        return dd == 0 ? double.NaN : Stats.Mean(returns) / dd * Math.Sqrt(periodsPerYear);
    }

    /// <summary>Calmar (Young 1991) = CAGR / |max drawdown|.</summary>
    public static double Calmar(double cagr, double maxDrawdown) => maxDrawdown == 0 ? double.NaN : cagr / Math.Abs(maxDrawdown);
}
