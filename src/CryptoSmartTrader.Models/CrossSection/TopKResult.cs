namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// A top-k book's periods: net simple return per period (after fees and slippage on the traded notional), the one-way
/// turnover (sum of |Δweight|) per rebalance and summary statistics. <see cref="MissingExits"/> counts held positions
/// whose symbol had no bar at the period's end (booked at 0 return, never filled from other data).
/// </summary>
public sealed record TopKResult(long[] PeriodStartMs, double[] NetReturns, double[] GrossReturns, double[] Turnover, int MissingExits, double PeriodsPerYear)
{
    public int Periods => NetReturns.Length;

    public double AnnualisedReturn => Periods == 0 ? double.NaN : Math.Pow(NetReturns.Aggregate(1.0, (acc, r) => acc * (1 + r)), PeriodsPerYear / Periods) - 1;

    public double AnnualisedVolatility => StdDev(NetReturns) * Math.Sqrt(PeriodsPerYear);

    /// <summary>Annualised Sharpe of the net period returns (risk-free 0).</summary>
    public double Sharpe => SharpePerPeriod * Math.Sqrt(PeriodsPerYear);

    public double SharpePerPeriod
    {
        get
        {
            var sd = StdDev(NetReturns);
            return sd > 0 ? NetReturns.Average() / sd : double.NaN;
        }
    }

    public double MaxDrawdown
    {
        get
        {
            double equity = 1, peak = 1, worst = 0;
            foreach (var r in NetReturns)
            {
                equity *= 1 + r;
                peak = Math.Max(peak, equity);
                worst = Math.Min(worst, equity / peak - 1);
            }

            return worst;
        }
    }

    public double MeanTurnover => Periods == 0 ? double.NaN : Turnover.Average();

    private static double StdDev(double[] x)
    {
        if (x.Length < 2) return double.NaN;
        var m = x.Average();
        return Math.Sqrt(x.Sum(v => (v - m) * (v - m)) / (x.Length - 1));
    }
}
