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

    // Out-of-fold samples behind each isotonic block; empty for Platt and for models saved before counts were kept.
    private readonly double[] _n;

    // [lowest, highest] raw out-of-fold score: beyond it the step fit is an extrapolation nobody validated.
    private readonly double[] _support;

    private ProbabilityCalibrator(CalibrationMethod method, double[] x, double[] y, double[] n, double[] support)
    {
        Method = method;
        _x = x;
        _y = y;
        _n = n;
        _support = support;
    }

    public CalibrationMethod Method { get; }

    public static ProbabilityCalibrator Identity { get; } = new(CalibrationMethod.None, [], [], [], []);

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
                return Math.Clamp(StepFit(p), Floor, Ceiling);
            default:
                return p;
        }
    }

    // An end block whose outcomes were all 0 (or all 1) would claim certainty and give an infinite log loss on the first
    // miss (a one-sample end block did: 24h log loss 2.23). Its rate is replaced by the Jeffreys posterior mean
    // 0.5 / (n + 1) (or 1 minus it), applied as a clamp on every output so the fit stays monotone.
    private double Floor => _n.Length == _y.Length && _y.Length > 0 && _y[0] <= 0 ? 0.5 / (_n[0] + 1) : 0;

    private double Ceiling => _n.Length == _y.Length && _y.Length > 0 && _y[^1] >= 1 ? 1 - 0.5 / (_n[^1] + 1) : 1;

    private double StepFit(double p)
    {
        if (p <= _x[0]) return _y[0];
        if (p >= _x[^1]) return _y[^1];
        var hi = Array.BinarySearch(_x, p);
        if (hi >= 0) return _y[hi];
        hi = ~hi;
        var lo = hi - 1;
        var w = (p - _x[lo]) / (_x[hi] - _x[lo]);
        return _y[lo] + w * (_y[hi] - _y[lo]);
    }

    /// <summary>
    /// The calibrated probability of the predicted direction, max(q, 1 − q), lowered to the one-sided Wilson lower bound
    /// (z = <paramref name="z"/>) given how many out-of-fold samples the isotonic block behind it holds. An extreme block
    /// fitted on a few dozen samples can read 85% by luck; the gate must not trust it as much as one fitted on thousands.
    /// Between two blocks the smaller count applies. A raw score outside the range of the out-of-fold scores the
    /// calibrator was fitted on has no evidence at all and gets 0.5 (no claim): the step fit would carry the end block's
    /// rate to scores nobody validated.
    /// Platt (a two-parameter fit over all samples) and old models without counts return max(q, 1 − q) unchanged.
    /// </summary>
    public double DirectionalLowerBound(double p, double z = 1.2815515655446004)
    {
        var q = Calibrate(p);
        var direction = Math.Max(q, 1 - q);
        if (Method != CalibrationMethod.Isotonic || _n.Length != _x.Length || z <= 0) return direction;
        if (_support.Length == 2 && (p < _support[0] || p > _support[1])) return 0.5;
        return Math.Max(0, WilsonLower(direction, BlockCount(p), z));
    }

    internal static double WilsonLower(double rate, double n, double z)
    {
        if (n <= 0) return 0;
        var z2 = z * z;
        var centre = rate + z2 / (2 * n);
        var margin = z * Math.Sqrt(rate * (1 - rate) / n + z2 / (4 * n * n));
        return (centre - margin) / (1 + z2 / n);
    }

    private double BlockCount(double p)
    {
        if (p <= _x[0]) return _n[0];
        if (p >= _x[^1]) return _n[^1];
        var hi = Array.BinarySearch(_x, p);
        if (hi >= 0) return _n[hi];
        hi = ~hi;
        return Math.Min(_n[hi - 1], _n[hi]);
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

    public JsonObject Save() => new() { ["method"] = Method.ToString(), ["x"] = _x.ToJson(), ["y"] = _y.ToJson(), ["n"] = _n.ToJson(), ["support"] = _support.ToJson() };

    public static ProbabilityCalibrator Load(JsonObject s) => new(Enum.Parse<CalibrationMethod>(s.ReadString("method")), s.ReadDoubles("x"), s.ReadDoubles("y"),
        s["n"] is null ? [] : s.ReadDoubles("n"), s["support"] is null ? [] : s.ReadDoubles("support"));

    internal static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(q / (1 - q));
    }

    private static ProbabilityCalibrator FromIsotonic(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        var (x, v, n) = Isotonic.Fit(p, y);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var score in p)
        {
            min = Math.Min(min, score);
            max = Math.Max(max, score);
        }

        return new ProbabilityCalibrator(CalibrationMethod.Isotonic, x, v, n, [min, max]);
    }

    private static ProbabilityCalibrator FromPlatt(ReadOnlySpan<double> p, ReadOnlySpan<double> y)
    {
        var (a, b) = Platt.Fit(p, y);
        return new ProbabilityCalibrator(CalibrationMethod.Platt, [a, b], [], [], []);
    }
}
