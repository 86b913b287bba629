using CryptoSmartTrader.Models.Datasets;
using MathNet.Numerics.LinearAlgebra;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>Ridge (closed form) and L2 logistic regression (IRLS / Newton) on standardised inputs with an unpenalised intercept.</summary>
internal static class LinearSolver
{
    public static double[] Ridge(FeatureRows x, double[] y, Standardizer std, double lambda)
    {
        var p = x.Cols + 1;
        var h = new double[p, p];
        var g = new double[p];
        var z = new double[p];
        for (var i = 0; i < x.Rows; i++)
        {
            std.Transform(x.Row(i), z);
            Accumulate(h, g, z, 1, y[i]);
        }

        return Solve(h, g, lambda * x.Rows);
    }

    public static double[] Logistic(FeatureRows x, double[] y, Standardizer std, double lambda, int maxIterations = 25, CancellationToken ct = default)
    {
        var p = x.Cols + 1;
        var w = new double[p];
        var z = new double[p];
        for (var iter = 0; iter < maxIterations; iter++)
        {
            ct.ThrowIfCancellationRequested();
            var h = new double[p, p];
            var g = new double[p];
            for (var i = 0; i < x.Rows; i++)
            {
                std.Transform(x.Row(i), z);
                var mu = Sigmoid(Dot(w, z));
                var weight = Math.Max(mu * (1 - mu), 1e-10);
                Accumulate(h, g, z, weight, y[i] - mu);
            }

            for (var a = 1; a < p; a++)
            {
                g[a] -= lambda * x.Rows * w[a];
            }

            var step = Solve(h, g, lambda * x.Rows);
            var change = 0.0;
            for (var a = 0; a < p; a++)
            {
                w[a] += step[a];
                change = Math.Max(change, Math.Abs(step[a]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    public static double Dot(ReadOnlySpan<double> w, ReadOnlySpan<double> z)
    {
        var s = 0.0;
        for (var a = 0; a < w.Length; a++)
        {
            s += w[a] * z[a];
        }

        return s;
    }

    public static double Sigmoid(double v) => v >= 0 ? 1 / (1 + Math.Exp(-v)) : Math.Exp(v) / (1 + Math.Exp(v));

    private static void Accumulate(double[,] h, double[] g, double[] z, double weight, double target)
    {
        var p = z.Length;
        for (var a = 0; a < p; a++)
        {
            var wa = weight * z[a];
            g[a] += z[a] * target;
            for (var b = a; b < p; b++)
            {
                h[a, b] += wa * z[b];
            }
        }
    }

    private static double[] Solve(double[,] h, double[] g, double penalty)
    {
        var p = g.Length;
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < a; b++)
            {
                h[a, b] = h[b, a];
            }

            // The intercept is not penalised; a tiny ridge keeps the system positive definite.
            h[a, a] += a == 0 ? 1e-9 : penalty + 1e-9;
        }

        var m = Matrix<double>.Build.DenseOfArray(h);
        return m.Cholesky().Solve(Vector<double>.Build.DenseOfArray(g)).ToArray();
    }
}
