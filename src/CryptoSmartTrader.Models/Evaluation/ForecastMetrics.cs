namespace CryptoSmartTrader.Models.Evaluation;

/// <summary>Scoring rules for probability forecasts of a binary outcome (y ∈ {0, 1}).</summary>
public static class ForecastMetrics
{
    /// <summary>Area under the ROC curve by the Mann–Whitney statistic, ties counted half; NaN when one class is absent.</summary>
    public static double Auc(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        CheckLengths(p, y);
        var order = Enumerable.Range(0, p.Length).ToArray();
        var keys = p.ToArray();
        Array.Sort(keys, order);
        double positives = 0, rankSum = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && keys[j + 1] == keys[i])
            {
                j++;
            }

            var avgRank = (i + j) / 2.0 + 1;
            for (var k = i; k <= j; k++)
            {
                if (y[order[k]] > 0.5)
                {
                    positives++;
                    rankSum += avgRank;
                }
            }

            i = j + 1;
        }

        var negatives = p.Length - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    public static double Brier(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        CheckLengths(p, y);
        var s = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            s += (p[i] - y[i]) * (p[i] - y[i]);
        }

        return p.Length == 0 ? double.NaN : s / p.Length;
    }

    /// <summary>Mean negative log likelihood (natural log), probabilities clipped to [1e-15, 1 − 1e-15].</summary>
    public static double LogLoss(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        CheckLengths(p, y);
        var s = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            var q = Math.Clamp(p[i], 1e-15, 1 - 1e-15);
            s -= y[i] > 0.5 ? Math.Log(q) : Math.Log(1 - q);
        }

        return p.Length == 0 ? double.NaN : s / p.Length;
    }

    /// <summary>
    /// Expected calibration error with equal-width bins on P(up): Σ (n_b / n)·|mean p_b − frequency_b|.
    /// A probability of exactly 1 falls in the last bin.
    /// </summary>
    public static double Ece(ReadOnlySpan<double> p, ReadOnlySpan<double> y, int bins = 10)
    {
        CheckLengths(p, y);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var sumP = new double[bins];
        var sumY = new double[bins];
        var count = new double[bins];
        for (var i = 0; i < p.Length; i++)
        {
            var b = Math.Min((int)(p[i] * bins), bins - 1);
            sumP[b] += p[i];
            sumY[b] += y[i];
            count[b]++;
        }

        var ece = 0.0;
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
            {
                ece += count[b] / p.Length * Math.Abs(sumP[b] / count[b] - sumY[b] / count[b]);
            }
        }

        return p.Length == 0 ? double.NaN : ece;
    }

    /// <summary>Share of actuals inside [low, high] (inclusive).</summary>
    public static double Coverage(ReadOnlySpan<double> actual, ReadOnlySpan<double> low, ReadOnlySpan<double> high)
    {
        CheckLengths(actual, low);
        CheckLengths(actual, high);
        var inside = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (actual[i] >= low[i] && actual[i] <= high[i])
            {
                inside++;
            }
        }

        return actual.Length == 0 ? double.NaN : (double)inside / actual.Length;
    }

    /// <summary>
    /// The trading gate: the share of forecasts whose confidence reaches <paramref name="gate"/>, and among those the
    /// share whose direction (up when p ≥ 0.5) came true. Hit rate is NaN when none pass.
    /// </summary>
    public static (double PassShare, double HitRate, int Passed) Gate(ReadOnlySpan<double> probabilityUp, ReadOnlySpan<double> confidence,
        ReadOnlySpan<double> y, double gate = 0.8)
    {
        CheckLengths(probabilityUp, y);
        CheckLengths(confidence, y);
        int passed = 0, hits = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (confidence[i] >= gate)
            {
                passed++;
                if ((probabilityUp[i] >= 0.5) == (y[i] > 0.5))
                {
                    hits++;
                }
            }
        }

        return (y.Length == 0 ? double.NaN : (double)passed / y.Length, passed == 0 ? double.NaN : (double)hits / passed, passed);
    }

    private static void CheckLengths(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"metrics: arrays differ in length ({a.Length} vs {b.Length})");
        }
    }
}
