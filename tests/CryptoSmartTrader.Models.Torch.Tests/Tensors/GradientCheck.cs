using CryptoSmartTrader.Models.Torch.Tensors;

namespace CryptoSmartTrader.Models.Torch.Tests.Tensors;

/// <summary>
/// Compares libtorch's backward pass with central finite differences of L = Σ w·f(x) for fixed random weights w,
/// in float64 so the differences are accurate to ~1e-9.
/// </summary>
internal static class GradientCheck
{
    private const double Eps = 1e-6;

    public static void Input(Func<Tensor, Tensor> f, long[] shape, int seed = 1)
    {
        var rng = new Random(seed);
        var x0 = Enumerable.Range(0, (int)shape.Aggregate(1L, (a, b) => a * b)).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        double[] w;
        double[] analytic;
        using (var x = Tensor.From(x0, shape, TorchDtype.Float64, requiresGrad: true))
        using (var y = f(x))
        {
            w = Enumerable.Range(0, y.ToArray().Length).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
            using var loss = Weighted(y, w);
            loss.Backward();
            using var g = x.Grad();
            analytic = g.ToArray();
        }

        for (var i = 0; i < x0.Length; i++)
        {
            var plus = (double[])x0.Clone();
            var minus = (double[])x0.Clone();
            plus[i] += Eps;
            minus[i] -= Eps;
            var numeric = (Value(f, plus, shape, w) - Value(f, minus, shape, w)) / (2 * Eps);
            AssertClose(numeric, analytic[i], $"d/dx[{i}]");
        }
    }

    /// <summary>Checks the gradient of the first parameter tensor of <paramref name="network"/> (a weight matrix).</summary>
    public static void Parameter(Network network, Func<Tensor, Tensor> f, long[] shape, int seed = 2)
    {
        var rng = new Random(seed);
        var x0 = Enumerable.Range(0, (int)shape.Aggregate(1L, (a, b) => a * b)).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        using var x = Tensor.From(x0, shape, TorchDtype.Float64);
        var parameters = network.Parameters();
        try
        {
            var p = parameters[0];
            var p0 = p.ToArray();
            double[] w;
            double[] analytic;
            using (var y = f(x))
            {
                w = Enumerable.Range(0, y.ToArray().Length).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
                using var loss = Weighted(y, w);
                loss.Backward();
                using var g = p.Grad();
                analytic = g.ToArray();
            }

            for (var i = 0; i < Math.Min(p0.Length, 12); i++)
            {
                var probe = (double[])p0.Clone();
                probe[i] = p0[i] + Eps;
                p.Write(probe);
                var up = Value(f, x, w);
                probe[i] = p0[i] - Eps;
                p.Write(probe);
                var down = Value(f, x, w);
                p.Write(p0);
                AssertClose((up - down) / (2 * Eps), analytic[i], $"d/dθ[{i}]");
            }
        }
        finally
        {
            parameters.ForEach(t => t.Dispose());
        }
    }

    private static double Value(Func<Tensor, Tensor> f, double[] x0, long[] shape, double[] w)
    {
        using var x = Tensor.From(x0, shape, TorchDtype.Float64);
        return Value(f, x, w);
    }

    private static double Value(Func<Tensor, Tensor> f, Tensor x, double[] w)
    {
        using var y = f(x);
        using var loss = Weighted(y, w);
        return loss.Item();
    }

    private static Tensor Weighted(Tensor y, double[] w)
    {
        // Scalars (losses) have shape []; the weight then broadcasts from [1].
        var shape = y.Shape.Length == 0 ? [1L] : y.Shape;
        using var wt = Tensor.From(w, shape, TorchDtype.Float64);
        using var product = y.Mul(wt);
        return product.Sum();
    }

    private static void AssertClose(double numeric, double analytic, string what) =>
        Assert.True(Math.Abs(numeric - analytic) <= 1e-6 + 1e-5 * Math.Abs(numeric),
            $"{what}: finite difference {numeric:G10}, backward {analytic:G10}");
}
