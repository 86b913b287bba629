using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Calibration;

/// <summary>
/// Platt scaling: P = sigmoid(a·logit(p) + b), fitted by Newton's method with backtracking on the log loss,
/// using Platt's smoothed targets (N+ + 1)/(N+ + 2) and 1/(N− + 2).
/// </summary>
internal static class Platt
{
    public static (double A, double B) Fit(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        double positives = 0;
        foreach (var v in y)
        {
            positives += v > 0.5 ? 1 : 0;
        }

        var hiTarget = (positives + 1) / (positives + 2);
        var loTarget = 1 / (y.Length - positives + 2);
        var f = new double[p.Length];
        var t = new double[p.Length];
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = ProbabilityCalibrator.Logit(p[i]);
            t[i] = y[i] > 0.5 ? hiTarget : loTarget;
        }

        double a = 1, b = 0;
        var loss = Loss(f, t, a, b);
        for (var iter = 0; iter < 100; iter++)
        {
            double g0 = 0, g1 = 0, h00 = 1e-12, h01 = 0, h11 = 1e-12;
            for (var i = 0; i < f.Length; i++)
            {
                var q = LinearSolver.Sigmoid(a * f[i] + b);
                var d = q - t[i];
                var w = q * (1 - q);
                g0 += d * f[i];
                g1 += d;
                h00 += w * f[i] * f[i];
                h01 += w * f[i];
                h11 += w;
            }

            var det = h00 * h11 - h01 * h01;
            if (Math.Abs(det) < 1e-300)
            {
                break;
            }

            var da = (h11 * g0 - h01 * g1) / det;
            var db = (h00 * g1 - h01 * g0) / det;
            var step = 1.0;
            var improved = false;
            while (step > 1e-10)
            {
                var next = Loss(f, t, a - step * da, b - step * db);
                if (next <= loss)
                {
                    a -= step * da;
                    b -= step * db;
                    improved = loss - next > 1e-14 * Math.Max(1, loss);
                    loss = next;
                    break;
                }

                step /= 2;
            }

            if (!improved)
            {
                break;
            }
        }

        return (a, b);
    }

    private static double Loss(double[] f, double[] t, double a, double b)
    {
        var s = 0.0;
        for (var i = 0; i < f.Length; i++)
        {
            var z = a * f[i] + b;
            // log(1 + e^z) − t·z, computed stably
            s += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - t[i] * z;
        }

        return s;
    }
}
