using CryptoSmartTrader.Features.Regimes;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Features.Tests.Regimes;

public sealed class GaussianMixtureTests
{
    private static readonly double[][] Centres = [[0, 0], [6, 0], [0, 6]];

    private static List<double[]> Clusters(int seed)
    {
        var rng = new Random(seed);
        var data = new List<double[]>();
        foreach (var c in Centres)
        {
            for (var i = 0; i < 300; i++) data.Add([c[0] + SyntheticCandles.Gaussian(rng), c[1] + 0.5 * SyntheticCandles.Gaussian(rng)]);
        }

        return data;
    }

    [Fact]
    public void Em_recovers_well_separated_clusters()
    {
        var gmm = GaussianMixture.Fit(Clusters(5), 3, seed: 11);
        foreach (var c in Centres)
        {
            var nearest = gmm.Means.MinBy(m => Math.Pow(m[0] - c[0], 2) + Math.Pow(m[1] - c[1], 2))!;
            Assert.Equal(c[0], nearest[0], 0.2);
            Assert.Equal(c[1], nearest[1], 0.2);
            var k = gmm.Means.ToList().IndexOf(nearest);
            Assert.Equal(1.0, gmm.Variances[k][0], 0.25);
            Assert.Equal(0.25, gmm.Variances[k][1], 0.08);
            Assert.Equal(1.0 / 3, gmm.Weights[k], 0.02);
        }
    }

    [Fact]
    public void Log_likelihood_never_decreases_and_same_seed_gives_same_fit()
    {
        var data = Clusters(6);
        var a = GaussianMixture.Fit(data, 4, seed: 3);
        for (var i = 1; i < a.LogLikelihoodTrace.Count; i++) Assert.True(a.LogLikelihoodTrace[i] >= a.LogLikelihoodTrace[i - 1] - 1e-9);
        var b = GaussianMixture.Fit(data, 4, seed: 3);
        Assert.Equal(a.Means.SelectMany(m => m), b.Means.SelectMany(m => m));
    }

    [Fact]
    public void Posterior_is_a_probability_vector()
    {
        var gmm = GaussianMixture.Fit(Clusters(7), 3, seed: 1);
        var p = new double[3];
        gmm.Posterior([6, 0], p);
        Assert.Equal(1.0, p.Sum(), 12);
        Assert.True(p.Max() > 0.99);
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_clear_message()
    {
        Assert.Contains("at least 3 points", Assert.Throws<ArgumentException>(() => GaussianMixture.Fit([[1.0], [2.0]], 3, 1)).Message);
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => GaussianMixture.Fit([[1.0], [double.NaN], [3.0]], 1, 1)).Message);
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => GaussianMixture.Fit([[1.0], [2.0, 1.0], [3.0]], 1, 1)).Message);
    }
}
