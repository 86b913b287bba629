namespace CryptoSmartTrader.TestKit.Builders;

/// <summary>
/// Test-only tabular learning problems with a known generating process (row-major features, 0/1 up labels,
/// forward returns), for model tests and benchmarks. Nothing here is market data.
/// </summary>
public static class SyntheticTabular
{
    /// <summary>
    /// Gaussian columns x_c; return = 0.01·Σ weights[c]·x_c + noiseScale·ε and up = return &gt; 0. Columns past
    /// <paramref name="weights"/> (and those with weight 0) are pure noise.
    /// </summary>
    public static (double[] Features, double[] Up, double[] Returns) Graded(int rows, int columns, IReadOnlyList<double> weights, int seed, double noiseScale = 0.005)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, weights.Count);
        var rng = new Random(seed);
        var x = new double[rows * columns];
        var up = new double[rows];
        var ret = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var signal = 0.0;
            for (var c = 0; c < columns; c++)
            {
                var v = SyntheticCandles.Gaussian(rng);
                x[i * columns + c] = v;
                if (c < weights.Count)
                {
                    signal += weights[c] * v;
                }
            }

            ret[i] = 0.01 * signal + noiseScale * SyntheticCandles.Gaussian(rng);
            up[i] = ret[i] > 0 ? 1 : 0;
        }

        return (x, up, ret);
    }

    /// <summary>
    /// Columns [x0, x1, regime]; the regime (0, 1 or 2, uniform) decides the rule: logit P(up) is 2·x0 in regime 0,
    /// −2·x0 in regime 1 and 2·x1 in regime 2; return = 0.005·logit + 0.002·ε. A single linear model over all rows
    /// cannot express the sign flip; one per regime can.
    /// </summary>
    public static (double[] Features, double[] Up, double[] Returns) RegimeSwitching(int rows, int seed)
    {
        var rng = new Random(seed);
        var x = new double[rows * 3];
        var up = new double[rows];
        var ret = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            double x0 = SyntheticCandles.Gaussian(rng), x1 = SyntheticCandles.Gaussian(rng);
            var regime = rng.Next(3);
            var logit = regime switch { 0 => 2 * x0, 1 => -2 * x0, _ => 2 * x1 };
            x[i * 3] = x0;
            x[i * 3 + 1] = x1;
            x[i * 3 + 2] = regime;
            up[i] = rng.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
            ret[i] = 0.005 * logit + 0.002 * SyntheticCandles.Gaussian(rng);
        }

        return (x, up, ret);
    }
}
