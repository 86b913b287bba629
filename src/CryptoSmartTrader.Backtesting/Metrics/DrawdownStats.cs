using CryptoSmartTrader.Backtesting.Results;

namespace CryptoSmartTrader.Backtesting.Metrics;

/// <summary>
/// Drawdown Dₜ = 1 − Eₜ / maxₛ≤ₜ Eₛ. <see cref="MaxDrawdown"/> is max Dₜ (a positive fraction); the longest drawdown
/// runs from a peak to the first point that regains it (or to the end of the curve when none does).
/// </summary>
public readonly record struct DrawdownStats(
    double MaxDrawdown,
    DateTimeOffset? PeakTime,
    DateTimeOffset? TroughTime,
    TimeSpan LongestDuration,
    int LongestDurationBars,
    bool Recovered)
{
    public static DrawdownStats Compute(IReadOnlyList<EquityPoint> curve)
    {
        if (curve.Count == 0) return default;
        var peak = curve[0].Equity;
        var peakDouble = (double)peak;
        var peakIndex = 0;
        double maxDd = 0;
        int maxPeak = 0, maxTrough = 0;
        TimeSpan longest = TimeSpan.Zero;
        var longestBars = 0;
        var recovered = true;
        for (var i = 1; i < curve.Count; i++)
        {
            var e = curve[i].Equity;
            if (e >= peak)
            {
                Consider(peakIndex, i, true);
                peak = e;
                peakDouble = (double)e;
                peakIndex = i;
                continue;
            }

            // The decimal division is exact but slow; a double estimate (error ~1e-15) rules out points that cannot be a new maximum.
            if (peak != 0 && 1 - (double)e / peakDouble < maxDd - 1e-9) continue;
            var dd = peak == 0 ? 0 : (double)(1 - e / peak);
            if (dd > maxDd)
            {
                maxDd = dd;
                maxPeak = peakIndex;
                maxTrough = i;
            }
        }

        if (peakIndex < curve.Count - 1)
        {
            Consider(peakIndex, curve.Count - 1, false);
        }

        return maxDd == 0
            ? new DrawdownStats(0, null, null, longest, longestBars, recovered)
            : new DrawdownStats(maxDd, curve[maxPeak].Time, curve[maxTrough].Time, longest, longestBars, recovered);

        void Consider(int from, int to, bool regained)
        {
            var length = curve[to].Time - curve[from].Time;
            if (to - from > 1 || !regained)
            {
                if (length > longest)
                {
                    longest = length;
                    longestBars = to - from;
                    recovered = regained;
                }
            }
        }
    }
}
