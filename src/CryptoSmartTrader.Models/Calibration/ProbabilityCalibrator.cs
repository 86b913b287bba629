using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Predictors;

namespace CryptoSmartTrader.Models.Calibration;

/// <summary>
/// Maps raw P(up) to a calibrated probability. Fit it on out-of-fold predictions only: in-sample scores are
/// over-confident and would calibrate the model to its own fit.
/// </summary>
public sealed class ProbabilityCalibrator
{
    private readonly double[] _x;
    private readonly double[] _y;

    private ProbabilityCalibrator(CalibrationMethod method, double[] x, double[] y)
    {
        Method = method;
        _x = x;
        _y = y;
    }

    public CalibrationMethod Method { get; }

    public static ProbabilityCalibrator Identity { get; } = new(CalibrationMethod.None, [], []);

    public static ProbabilityCalibrator Fit(CalibrationMethod method, ReadOnlySpan<double> rawProbabilities, ReadOnlySpan<double> outcomes)
    {
        if (rawProbabilities.Length != outcomes.Length)
        {
            throw new ArgumentException($"calibrator: {rawProbabilities.Length} probabilities but {outcomes.Length} outcomes", nameof(outcomes));
        }

        if (method != CalibrationMethod.None && rawProbabilities.Length < 10)
        {
            throw new ArgumentException($"calibrator: needs at least 10 out-of-fold predictions, got {rawProbabilities.Length}", nameof(rawProbabilities));
        }

        return method switch
        {
            CalibrationMethod.Isotonic => FromIsotonic(rawProbabilities, outcomes),
            CalibrationMethod.Platt => FromPlatt(rawProbabilities, outcomes),
            _ => Identity,
        };
    }

    public double Calibrate(double p)
    {
        switch (Method)
        {
            case CalibrationMethod.Platt:
                return LinearSolver.Sigmoid(_x[0] * Logit(p) + _x[1]);
            case CalibrationMethod.Isotonic:
                if (p <= _x[0]) return _y[0];
                if (p >= _x[^1]) return _y[^1];
                var hi = Array.BinarySearch(_x, p);
                if (hi >= 0) return _y[hi];
                hi = ~hi;
                var lo = hi - 1;
                var w = (p - _x[lo]) / (_x[hi] - _x[lo]);
                return _y[lo] + w * (_y[hi] - _y[lo]);
            default:
                return p;
        }
    }

    public double[] Calibrate(ReadOnlySpan<double> p)
    {
        var result = new double[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            result[i] = Calibrate(p[i]);
        }

        return result;
    }

    public JsonObject Save() => new() { ["method"] = Method.ToString(), ["x"] = _x.ToJson(), ["y"] = _y.ToJson() };

    public static ProbabilityCalibrator Load(JsonObject s) => new(Enum.Parse<CalibrationMethod>(s.ReadString("method")), s.ReadDoubles("x"), s.ReadDoubles("y"));

    internal static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(q / (1 - q));
    }

    private static ProbabilityCalibrator FromIsotonic(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        var (x, v) = Isotonic.Fit(p, y);
        return new ProbabilityCalibrator(CalibrationMethod.Isotonic, x, v);
    }

    private static ProbabilityCalibrator FromPlatt(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        var (a, b) = Platt.Fit(p, y);
        return new ProbabilityCalibrator(CalibrationMethod.Platt, [a, b], []);
    }
}
