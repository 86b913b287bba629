using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.TestKit.Builders;

namespace CryptoSmartTrader.Models.Tests.Predictors;

/// <summary>Test-only synthetic learning problems with a known generating process.</summary>
internal static class SyntheticProblems
{
    /// <summary>
    /// y_up ~ Bernoulli(sigmoid(2·x0 − x1)), return = 0.01·(x0 − 0.5·x1) + N(0, 0.005²); x2 is noise; column 3 is the lag return.
    /// Returns the true probabilities too.
    /// </summary>
    public static (TrainingSet Set, double[] TrueP) Logistic(int n, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n * 4];
        var up = new double[n];
        var ret = new double[n];
        var truth = new double[n];
        for (var i = 0; i < n; i++)
        {
            double x0 = SyntheticCandles.Gaussian(rng), x1 = SyntheticCandles.Gaussian(rng), x2 = SyntheticCandles.Gaussian(rng);
            x[i * 4] = x0;
            x[i * 4 + 1] = x1;
            x[i * 4 + 2] = x2;
            x[i * 4 + 3] = rng.NextDouble() < 0.5 ? -0.01 : 0.01;
            truth[i] = 1 / (1 + Math.Exp(-(2 * x0 - x1)));
            up[i] = rng.NextDouble() < truth[i] ? 1 : 0;
            ret[i] = 0.01 * (x0 - 0.5 * x1) + 0.005 * SyntheticCandles.Gaussian(rng);
        }

        return (new TrainingSet(new FeatureRows(x, n, 4), up, ret, ["x0", "x1", "x2", DatasetOptions.LagReturnColumn]), truth);
    }
}
