namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// A Gaussian mixture with diagonal covariances fitted by expectation–maximisation (Dempster, Laird &amp; Rubin 1977).
/// Means start from seeded k-means++ centres (Arthur &amp; Vassilvitskii 2007), variances from the data's per-dimension
/// variance, weights uniform. Responsibilities use log-sum-exp; each variance is floored at 1e-6 of the data variance so a
/// component cannot collapse onto one point. Same data and seed give the same fit.
/// </summary>
public sealed class GaussianMixture
{
    private readonly double[] _logConst;

    private GaussianMixture(double[] weights, double[][] means, double[][] variances, double[] trace)
    {
        Weights = weights;
        Means = means;
        Variances = variances;
        LogLikelihoodTrace = trace;
        _logConst = LogConstants(weights, variances);
    }

    public IReadOnlyList<double> Weights { get; }
    public IReadOnlyList<double[]> Means { get; }
    public IReadOnlyList<double[]> Variances { get; }

    /// <summary>Mean log-likelihood per point after each EM iteration (non-decreasing up to rounding).</summary>
    public IReadOnlyList<double> LogLikelihoodTrace { get; }

    public int Components => Weights.Count;
    public int Dimensions => Means[0].Length;

    public static GaussianMixture Fit(IReadOnlyList<double[]> data, int components, int seed, int maxIterations = 100, double tolerance = 1e-7)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Count < components || components < 1)
        {
            throw new ArgumentException($"gaussian mixture: need at least {Math.Max(1, components)} points for {components} components, got {data.Count}", nameof(data));
        }

        var d = data[0].Length;
        foreach (var row in data)
        {
            if (row.Length != d || row.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"gaussian mixture: every point must have {d} finite values", nameof(data));
            }
        }

        var n = data.Count;
        var globalVar = new double[d];
        var globalMean = new double[d];
        foreach (var row in data) for (var j = 0; j < d; j++) globalMean[j] += row[j] / n;
        foreach (var row in data) for (var j = 0; j < d; j++) globalVar[j] += (row[j] - globalMean[j]) * (row[j] - globalMean[j]) / n;
        var floor = globalVar.Select(v => Math.Max(v * 1e-6, 1e-12)).ToArray();

        var means = KMeansPlusPlus(data, components, new Random(seed));
        var vars = Enumerable.Range(0, components).Select(_ => globalVar.Select((v, j) => Math.Max(v, floor[j])).ToArray()).ToArray();
        var weights = Enumerable.Repeat(1.0 / components, components).ToArray();
        var resp = new double[n * components];
        var trace = new List<double>();
        var prev = double.NegativeInfinity;
        for (var iter = 0; iter < maxIterations; iter++)
        {
            var ll = EStep(data, weights, means, vars, resp);
            trace.Add(ll);
            MStep(data, resp, weights, means, vars, floor);
            if (Math.Abs(ll - prev) <= tolerance * Math.Max(1, Math.Abs(ll)))
            {
                break;
            }

            prev = ll;
        }

        return new GaussianMixture(weights, means, vars, [.. trace]);
    }

    /// <summary>Posterior component probabilities of <paramref name="x"/> (sum to 1).</summary>
    public void Posterior(ReadOnlySpan<double> x, Span<double> into)
    {
        var max = double.NegativeInfinity;
        for (var k = 0; k < Components; k++)
        {
            into[k] = _logConst[k] + Exponent(x, Means[k], Variances[k]);
            max = Math.Max(max, into[k]);
        }

        double sum = 0;
        for (var k = 0; k < Components; k++)
        {
            into[k] = Math.Exp(into[k] - max);
            sum += into[k];
        }

        for (var k = 0; k < Components; k++)
        {
            into[k] /= sum;
        }
    }

    internal static double[][] KMeansPlusPlus(IReadOnlyList<double[]> data, int k, Random rng)
    {
        var centres = new double[k][];
        centres[0] = (double[])data[rng.Next(data.Count)].Clone();
        var dist = new double[data.Count];
        for (var c = 1; c < k; c++)
        {
            double total = 0;
            for (var i = 0; i < data.Count; i++)
            {
                var best = double.PositiveInfinity;
                for (var j = 0; j < c; j++) best = Math.Min(best, SquaredDistance(data[i], centres[j]));
                dist[i] = best;
                total += best;
            }

            var pick = 0;
            if (total > 0)
            {
                var u = rng.NextDouble() * total;
                for (pick = 0; pick < data.Count - 1 && (u -= dist[pick]) > 0; pick++)
                {
                }
            }

            centres[c] = (double[])data[pick].Clone();
        }

        return centres;
    }

    private static double EStep(IReadOnlyList<double[]> data, double[] w, double[][] mu, double[][] var, double[] resp)
    {
        var k = w.Length;
        var logConst = LogConstants(w, var);
        double total = 0;
        for (var i = 0; i < data.Count; i++)
        {
            var max = double.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                var v = logConst[c] + Exponent(data[i], mu[c], var[c]);
                resp[i * k + c] = v;
                max = Math.Max(max, v);
            }

            double sum = 0;
            for (var c = 0; c < k; c++) sum += Math.Exp(resp[i * k + c] - max);
            for (var c = 0; c < k; c++) resp[i * k + c] = Math.Exp(resp[i * k + c] - max) / sum;
            total += max + Math.Log(sum);
        }

        return total / data.Count;
    }

    private static void MStep(IReadOnlyList<double[]> data, double[] resp, double[] w, double[][] mu, double[][] var, double[] floor)
    {
        var k = w.Length;
        var d = floor.Length;
        for (var c = 0; c < k; c++)
        {
            double nk = 0;
            var m = new double[d];
            for (var i = 0; i < data.Count; i++)
            {
                var r = resp[i * k + c];
                nk += r;
                for (var j = 0; j < d; j++) m[j] += r * data[i][j];
            }

            if (nk < 1e-10)
            {
                continue; // an empty component keeps its parameters rather than dividing by zero
            }

            for (var j = 0; j < d; j++) m[j] /= nk;
            var v = new double[d];
            for (var i = 0; i < data.Count; i++)
            {
                var r = resp[i * k + c];
                for (var j = 0; j < d; j++) v[j] += r * (data[i][j] - m[j]) * (data[i][j] - m[j]);
            }

            for (var j = 0; j < d; j++) var[c][j] = Math.Max(v[j] / nk, floor[j]);
            mu[c] = m;
            w[c] = Math.Max(nk / data.Count, 1e-12);
        }
    }

    /// <summary>log w_k − ½ Σ_j log(2π σ²_kj): the part of the log density that does not depend on the point.</summary>
    private static double[] LogConstants(IReadOnlyList<double> w, IReadOnlyList<double[]> variances)
    {
        var c = new double[w.Count];
        for (var k = 0; k < w.Count; k++)
        {
            c[k] = Math.Log(w[k]);
            foreach (var v in variances[k]) c[k] -= 0.5 * Math.Log(2 * Math.PI * v);
        }

        return c;
    }

    private static double Exponent(ReadOnlySpan<double> x, double[] mean, double[] variance)
    {
        double s = 0;
        for (var j = 0; j < x.Length; j++)
        {
            var diff = x[j] - mean[j];
            s -= 0.5 * diff * diff / variance[j];
        }

        return s;
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        double s = 0;
        for (var j = 0; j < a.Length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
        return s;
    }
}
