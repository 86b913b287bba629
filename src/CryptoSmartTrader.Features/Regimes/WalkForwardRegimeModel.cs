namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// Fits the Gaussian mixture only on the past. Let r0 be the first bar whose inputs are all known. The model is refitted at
/// bars f = r0 + MinTrainBars − 1 + j·RefitEvery (j = 0, 1, …) on the ready bars in (f − TrainWindow, f], standardised by that
/// window's own mean and deviation, and used for bars f .. f + RefitEvery − 1. The schedule depends only on the start of the
/// series, so computing on a series truncated at t gives the same values at t. Each component k gets a regime profile
/// P(regime | k) = Σ γ_ik·1[rule_i = regime] / Σ γ_ik over its training bars (plus a 0.01 pseudo-count), and a bar's regime
/// probabilities are Σ_k P(k | x_t)·P(regime | k). Bars before the first fit are NaN.
/// </summary>
internal static class WalkForwardRegimeModel
{
    private const int Regimes = 6;

    public static double[][] Probabilities(RegimeInputs x, int[] ruleLabels, RegimeOptions o)
    {
        var n = x.Count;
        var probs = new double[Regimes][];
        for (var j = 0; j < Regimes; j++)
        {
            probs[j] = new double[n];
            Array.Fill(probs[j], double.NaN);
        }

        var first = -1;
        for (var t = 0; t < n && first < 0; t++)
        {
            if (x.IsReady(t)) first = t;
        }

        if (first < 0)
        {
            return probs;
        }

        var d = RegimeInputs.ModelDimensions;
        Span<double> v = stackalloc double[d];
        var post = new double[o.MixtureComponents];
        for (var f = first + o.MixtureMinTrainBars - 1; f < n; f += o.MixtureRefitEvery)
        {
            var rows = new List<double[]>();
            var labels = new List<int>();
            for (var i = Math.Max(first, f - o.MixtureTrainWindow + 1); i <= f; i++)
            {
                if (!x.IsReady(i)) continue;
                var row = new double[d];
                x.ModelVector(i, o.VolatilityWindow, row);
                rows.Add(row);
                labels.Add(ruleLabels[i]);
            }

            if (rows.Count < o.MixtureMinTrainBars / 2)
            {
                continue; // too many unknown bars in the window: leave these bars missing rather than fit on little data
            }

            var (mean, sd) = Standardise(rows);
            var gmm = GaussianMixture.Fit(rows, o.MixtureComponents, o.MixtureSeed, o.MixtureMaxIterations);
            var profile = RegimeProfile(gmm, rows, labels);
            for (var t = f; t < Math.Min(n, f + o.MixtureRefitEvery); t++)
            {
                if (!x.IsReady(t)) continue;
                x.ModelVector(t, o.VolatilityWindow, v);
                for (var j = 0; j < d; j++) v[j] = (v[j] - mean[j]) / sd[j];
                gmm.Posterior(v, post);
                for (var r = 0; r < Regimes; r++)
                {
                    double p = 0;
                    for (var k = 0; k < post.Length; k++) p += post[k] * profile[k][r];
                    probs[r][t] = p;
                }
            }
        }

        return probs;
    }

    private static (double[] Mean, double[] Sd) Standardise(List<double[]> rows)
    {
        var d = rows[0].Length;
        var mean = new double[d];
        var sd = new double[d];
        foreach (var r in rows) for (var j = 0; j < d; j++) mean[j] += r[j] / rows.Count;
        foreach (var r in rows) for (var j = 0; j < d; j++) sd[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / rows.Count;
        for (var j = 0; j < d; j++) sd[j] = sd[j] > 0 ? Math.Sqrt(sd[j]) : 1;
        foreach (var r in rows) for (var j = 0; j < d; j++) r[j] = (r[j] - mean[j]) / sd[j];
        return (mean, sd);
    }

    private static double[][] RegimeProfile(GaussianMixture gmm, List<double[]> rows, List<int> labels)
    {
        var k = gmm.Components;
        var profile = new double[k][];
        for (var c = 0; c < k; c++)
        {
            profile[c] = Enumerable.Repeat(0.01, Regimes).ToArray();
        }

        var post = new double[k];
        for (var i = 0; i < rows.Count; i++)
        {
            gmm.Posterior(rows[i], post);
            for (var c = 0; c < k; c++) profile[c][labels[i]] += post[c];
        }

        foreach (var p in profile)
        {
            var s = p.Sum();
            for (var r = 0; r < Regimes; r++) p[r] /= s;
        }

        return profile;
    }
}
