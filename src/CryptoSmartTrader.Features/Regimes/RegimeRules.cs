namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// The documented rule set, checked in priority order (see docs/features.md, "Regimes"):
/// 1. Crash: rv percentile ≥ CrashPercentile and (the return over ReturnWindow is ≤ −CrashReturnSigmas·rv·√ReturnWindow
///    or the drawdown from the DrawdownWindow high is ≤ −CrashDrawdown), and breadth ≤ CrashMaxBreadth when breadth is known.
/// 2. Volatility expansion: rv percentile ≥ ExpansionPercentile.
/// 3. Trend up / down: ADX ≥ TrendAdx, mean of the R/S and DFA Hurst ≥ TrendHurst, and close above (below) its
///    TrendMaWindow SMA with a positive (negative) ReturnWindow return.
/// 4. Compression: rv percentile ≤ CompressionPercentile.
/// 5. Otherwise ranging / mean-reverting.
/// </summary>
internal static class RegimeRules
{
    public static MarketRegime Classify(RegimeInputs x, int t, RegimeOptions o)
    {
        var pct = x.RvPct[t];
        var breadthOk = double.IsNaN(x.Breadth[t]) || x.Breadth[t] <= o.CrashMaxBreadth;
        var sigmaMove = x.Rv[t] * Math.Sqrt(o.ReturnWindow);
        var falling = x.Return[t] <= -o.CrashReturnSigmas * sigmaMove || x.Drawdown[t] <= -o.CrashDrawdown;
        if (pct >= o.CrashPercentile && falling && breadthOk)
        {
            return MarketRegime.Crash;
        }

        if (pct >= o.ExpansionPercentile)
        {
            return MarketRegime.VolatilityExpansion;
        }

        var persistent = (x.Hurst[t] + x.HurstDfa[t]) / 2 >= o.TrendHurst;
        if (x.Adx[t] >= o.TrendAdx && persistent)
        {
            if (x.Trend[t] > 0 && x.Return[t] > 0)
            {
                return MarketRegime.TrendUp;
            }

            if (x.Trend[t] < 0 && x.Return[t] < 0)
            {
                return MarketRegime.TrendDown;
            }
        }

        return pct <= o.CompressionPercentile ? MarketRegime.Compression : MarketRegime.Ranging;
    }
}
