using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Uncertainty;

namespace CryptoSmartTrader.Models.Training;

/// <summary>Walk-forward test-fold predictions (raw), in fold order.</summary>
internal sealed record OutOfFoldPredictions(int[] Rows, double[] Prob, double[] Ret, double[] Spread, int[] Fold, double[] Up, double[] Actual, int Folds)
{
    /// <summary>
    /// Scores each fold with a calibrator and conformal widths fitted on the earlier folds only (the first fold is
    /// scored uncalibrated with in-fold widths omitted), so the numbers are honest out-of-sample estimates.
    /// </summary>
    public HorizonMetrics Metrics(string horizon, string model, TrainerOptions options)
    {
        var c = Calibrated(options);
        var idx = c.Rows;
        return HorizonMetrics.Compute(horizon, model, c.Probability, c.Confidence, Pick(Actual, idx), c.Low80, c.High80, c.Low95, c.High95, options.Gate);
    }

    /// <summary>Calibrated probabilities, confidences and intervals for the rows scored with earlier-fold calibration only.</summary>
    internal CalibratedOutOfFold Calibrated(TrainerOptions options)
    {
        var n = Rows.Length;
        var scored = new List<int>();
        var p = new List<double>();
        var conf = new List<double>();
        var lo80 = new List<double>();
        var hi80 = new List<double>();
        var lo95 = new List<double>();
        var hi95 = new List<double>();
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end < n && Fold[end] == Fold[start])
            {
                end++;
            }

            if (start >= options.MinOutOfFold)
            {
                var cal = ProbabilityCalibrator.Fit(options.Calibration, Prob.AsSpan(0, start), Up.AsSpan(0, start));
                var res = SplitConformal.AbsoluteResiduals(Actual.AsSpan(0, start), Ret.AsSpan(0, start));
                var q80 = SplitConformal.HalfWidth(res, 0.8);
                var q95 = SplitConformal.HalfWidth(res, 0.95);
                for (var i = start; i < end; i++)
                {
                    var pi = cal.Calibrate(Prob[i]);
                    p.Add(pi);
                    conf.Add(Confidence.OfDirection(cal.DirectionalLowerBound(Prob[i]), Spread[i], options.ConfidenceShrink));
                    lo80.Add(Ret[i] - q80);
                    hi80.Add(Ret[i] + q80);
                    lo95.Add(Ret[i] - q95);
                    hi95.Add(Ret[i] + q95);
                    scored.Add(i);
                }
            }

            start = end;
        }

        return new CalibratedOutOfFold([.. scored], [.. p], [.. conf], [.. lo80], [.. hi80], [.. lo95], [.. hi95]);
    }

    private static double[] Pick(double[] a, int[] idx) => idx.Select(i => a[i]).ToArray();
}
