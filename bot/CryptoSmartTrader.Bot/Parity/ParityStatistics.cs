using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace CryptoSmartTrader.Bot.Parity;

/// <summary>
/// Significance of the per-order slippage differences. The exact sign test decides, not the paired t-test: slippage
/// differences are heavy-tailed (one thin-book fill dominates a mean) and, in parity, mostly exactly zero, where the
/// t-test has no variance to work with; the sign test needs neither normality nor a variance, drops ties (identical
/// fills are no evidence either way) and stays exact for the few orders a bot makes in a day. The t statistic is still
/// reported, since it speaks to the size of the mean rather than only its direction.
/// </summary>
internal static class ParityStatistics
{
    public static ParitySignificance Test(IReadOnlyList<double> bps, double alpha)
    {
        if (bps.Count == 0) return ParitySignificance.None;
        var nonZero = bps.Where(d => Math.Abs(d) > 1e-9).ToArray();
        var worse = nonZero.Count(d => d > 0);
        var p = SignTest(nonZero.Length, worse);
        double? t = null, tp = null;
        if (bps.Count >= 2)
        {
            var sd = bps.StandardDeviation();
            if (sd > 0)
            {
                t = bps.Mean() / (sd / Math.Sqrt(bps.Count));
                tp = 2 * (1 - StudentT.CDF(0, 1, bps.Count - 1, Math.Abs(t.Value)));
            }
        }

        return new ParitySignificance("sign test (exact, two-sided)", bps.Count, nonZero.Length, worse, bps.Mean(), bps.Median(), p, t, tp,
            nonZero.Length > 0 && p < alpha);
    }

    // P(a split at least as lopsided as worse : n - worse) under a fair coin, both tails.
    private static double SignTest(int n, int worse)
    {
        if (n == 0) return 1;
        var k = Math.Min(worse, n - worse);
        return Math.Min(1, 2 * Binomial.CDF(0.5, n, k));
    }
}
