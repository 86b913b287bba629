using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators.Trend;

namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// The per-bar inputs of the regime rules and model, each computed from bars up to and including t only.
/// <c>Breadth</c> is optional (from the cross-coin features, already aligned to these bars); NaN where unknown.
/// </summary>
internal sealed class RegimeInputs
{
    public required double[] Hurst { get; init; }
    public required double[] HurstDfa { get; init; }
    public required double[] Adx { get; init; }
    public required double[] Rv { get; init; }
    public required double[] RvPct { get; init; }
    public required double[] Return { get; init; }
    public required double[] Trend { get; init; }
    public required double[] Drawdown { get; init; }
    public required double[] Breadth { get; init; }

    public int Count => Hurst.Length;

    public static RegimeInputs Compute(CandleSeries series, RegimeOptions o, ReadOnlySpan<double> breadth)
    {
        var n = series.Count;
        if (!breadth.IsEmpty && breadth.Length != n)
        {
            throw new ArgumentException($"regime: breadth must have one value per bar ({n}), got {breadth.Length}", nameof(breadth));
        }

        var close = series.Close;
        var ret = new double[n];
        var trend = new double[n];
        var dd = new double[n];
        double maSum = 0;
        for (var t = 0; t < n; t++)
        {
            ret[t] = t >= o.ReturnWindow ? Math.Log(close[t] / close[t - o.ReturnWindow]) : double.NaN;
            maSum += close[t];
            if (t >= o.TrendMaWindow)
            {
                maSum -= close[t - o.TrendMaWindow];
            }

            trend[t] = t >= o.TrendMaWindow - 1 ? close[t] / (maSum / o.TrendMaWindow) - 1 : double.NaN;
            if (t >= o.DrawdownWindow - 1)
            {
                var max = 0.0;
                for (var i = t - o.DrawdownWindow + 1; i <= t; i++)
                {
                    max = Math.Max(max, close[i]);
                }

                dd[t] = close[t] / max - 1;
            }
            else
            {
                dd[t] = double.NaN;
            }
        }

        var rv = RealizedVolatility.Rolling(close, o.VolatilityWindow);
        var b = new double[n];
        if (breadth.IsEmpty) Array.Fill(b, double.NaN); else breadth.CopyTo(b);
        return new RegimeInputs
        {
            Hurst = RollingHurst.Compute(close, o.HurstWindow, HurstMethod.RescaledRange),
            HurstDfa = RollingHurst.Compute(close, o.HurstWindow, HurstMethod.Dfa),
            Adx = new Adx(o.AdxPeriod).Compute(series)[$"adx_{o.AdxPeriod}"],
            Rv = rv,
            RvPct = RealizedVolatility.Percentile(rv, o.VolatilityPercentileLookback),
            Return = ret,
            Trend = trend,
            Drawdown = dd,
            Breadth = b,
        };
    }

    /// <summary>True when every required (non-optional) input is known at bar t.</summary>
    public bool IsReady(int t) => !double.IsNaN(Hurst[t]) && !double.IsNaN(HurstDfa[t]) && !double.IsNaN(Adx[t]) && !double.IsNaN(RvPct[t])
        && !double.IsNaN(Return[t]) && !double.IsNaN(Trend[t]) && !double.IsNaN(Drawdown[t]) && Rv[t] > 0;

    /// <summary>The mixture model's feature vector: return z-score, log volatility, trend, ADX/100, mean Hurst, drawdown.</summary>
    public void ModelVector(int t, int volatilityWindow, Span<double> into)
    {
        into[0] = Return[t] / (Rv[t] * Math.Sqrt(volatilityWindow));
        into[1] = Math.Log(Rv[t]);
        into[2] = Trend[t];
        into[3] = Adx[t] / 100;
        into[4] = (Hurst[t] + HurstDfa[t]) / 2;
        into[5] = Drawdown[t];
    }

    public const int ModelDimensions = 6;
}
