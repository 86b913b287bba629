using CryptoSmartTrader.Backtesting.Results;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Exposure: time in market = fraction of equity points with non-zero gross exposure; average gross exposure =
/// mean of Gₜ / Eₜ. Turnover (in <see cref="MetricsCalculator"/>) = Σ|fill notional| / mean equity.
/// </summary>
public static class ExposureMetrics
{
    public static double? TimeInMarket(IReadOnlyList<EquityPoint> curve) =>
        curve.Count == 0 ? null : curve.Count(c => c.GrossExposure != 0m) / (double)curve.Count;

    public static double AverageGrossExposure(IReadOnlyList<EquityPoint> curve) =>
        curve.Count == 0 ? double.NaN : curve.Average(c => c.Equity == 0m || c.GrossExposure == 0m ? 0.0 : (double)(c.GrossExposure / c.Equity));
}
