namespace CryptoSmartTrader.TestKit.Builders;

/// <summary>
/// Test-only fractional Gaussian noise (the increments of fractional Brownian motion) with a chosen Hurst exponent,
/// generated exactly by Hosking's method (Durbin–Levinson recursion on the fGn autocovariance
/// γ(k) = ½(|k+1|^{2H} − 2|k|^{2H} + |k−1|^{2H})). O(n²), fine for the few thousand points tests need.
/// H = 0.5 gives white noise; H &gt; 0.5 persistent, H &lt; 0.5 anti-persistent increments.
/// </summary>
public static class SyntheticFractionalNoise
{
    public static double[] Hosking(int count, double hurst, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!(hurst > 0 && hurst < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(hurst), hurst, "hurst must be in (0, 1)");
        }

        var rng = new Random(seed);
        var gamma = new double[count];
        for (var k = 0; k < count; k++)
        {
            gamma[k] = 0.5 * (Math.Pow(k + 1, 2 * hurst) - 2 * Math.Pow(k, 2 * hurst) + Math.Pow(Math.Abs(k - 1), 2 * hurst));
        }

        var x = new double[count];
        var phi = new double[count];
        var prev = new double[count];
        var v = gamma[0];
        x[0] = SyntheticCandles.Gaussian(rng) * Math.Sqrt(v);
        for (var n = 1; n < count; n++)
        {
            // Durbin–Levinson: partial autocorrelation phi_nn, then update the predictor coefficients.
            var num = gamma[n];
            for (var j = 1; j < n; j++)
            {
                num -= prev[j] * gamma[n - j];
            }

            var phiNN = num / v;
            phi[n] = phiNN;
            for (var j = 1; j < n; j++)
            {
                phi[j] = prev[j] - phiNN * prev[n - j];
            }

            v *= 1 - phiNN * phiNN;
            var mean = 0.0;
            for (var j = 1; j <= n; j++)
            {
                mean += phi[j] * x[n - j];
            }

            x[n] = mean + SyntheticCandles.Gaussian(rng) * Math.Sqrt(v);
            Array.Copy(phi, prev, n + 1);
        }

        return x;
    }

    /// <summary>Seeded i.i.d. standard normal increments (H = 0.5).</summary>
    public static double[] WhiteNoise(int count, int seed)
    {
        var rng = new Random(seed);
        var x = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = SyntheticCandles.Gaussian(rng);
        }

        return x;
    }
}
