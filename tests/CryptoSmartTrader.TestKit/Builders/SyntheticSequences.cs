namespace CryptoSmartTrader.TestKit.Builders;

/// <summary>Test-only sequences with a known rule, for checking that sequence models learn what is there to learn.</summary>
public static class SyntheticSequences
{
    /// <summary>
    /// Gaussian features x[t, c]; the label at t is whether x[t - lag, 0] &gt; 0 and the forward return is
    /// <paramref name="returnScale"/>·x[t - lag, 0] — so the answer sits <paramref name="lag"/> steps back in the input.
    /// The first <paramref name="lag"/> rows use the draws before the series start, which the rows never show.
    /// </summary>
    public static (double[] Features, double[] Up, double[] Returns) LaggedSign(int count, int columns, int lag, int seed, double returnScale = 0.01)
    {
        var rng = new Random(seed);
        var raw = new double[(count + lag) * columns];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = SyntheticCandles.Gaussian(rng);
        }

        var features = raw.AsSpan(lag * columns).ToArray();
        var up = new double[count];
        var returns = new double[count];
        for (var t = 0; t < count; t++)
        {
            var driver = raw[t * columns];
            up[t] = driver > 0 ? 1 : 0;
            returns[t] = returnScale * driver;
        }

        return (features, up, returns);
    }

    /// <summary>y[t] = slope·t + amplitude·sin(2πt / period): a linear trend plus one seasonal cycle, no noise.</summary>
    public static double[] TrendPlusSeason(int count, double slope, double period, double amplitude) =>
        Enumerable.Range(0, count).Select(t => slope * t + amplitude * Math.Sin(2 * Math.PI * t / period)).ToArray();
}
