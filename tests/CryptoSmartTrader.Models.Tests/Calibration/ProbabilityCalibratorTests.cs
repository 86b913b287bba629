using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Calibration;
using CryptoSmartTrader.Models.Evaluation;

namespace CryptoSmartTrader.Models.Tests.Calibration;

public sealed class ProbabilityCalibratorTests
{
    /// <summary>
    /// Outcomes drawn with a known probability p_true; the "model" reports a distorted score: s = p_true^3 (any monotone
    /// distortion, for isotonic) or s = sigmoid(3·logit(p_true) − 1) (a logistic distortion, Platt's model family).
    /// A calibrator fitted on one sample should map s back to p_true on a fresh sample.
    /// </summary>
    private static (double[] Score, double[] Y, double[] Truth) KnownProbability(int n, int seed, bool logistic = false)
    {
        var rng = new Random(seed);
        var s = new double[n];
        var y = new double[n];
        var t = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = 0.05 + 0.9 * rng.NextDouble();
            s[i] = logistic ? 1 / (1 + Math.Exp(-(3 * Math.Log(t[i] / (1 - t[i])) - 1))) : Math.Pow(t[i], 3);
            y[i] = rng.NextDouble() < t[i] ? 1 : 0;
        }

        return (s, y, t);
    }

    [Theory]
    [InlineData(CalibrationMethod.Isotonic, 0.03)]
    [InlineData(CalibrationMethod.Platt, 0.02)]
    public void Calibrated_reliability_is_within_tolerance_on_fresh_data(CalibrationMethod method, double tolerance)
    {
        var logistic = method == CalibrationMethod.Platt;
        var (fitScore, fitY, _) = KnownProbability(20_000, 1, logistic);
        var (score, y, truth) = KnownProbability(20_000, 2, logistic);
        var cal = ProbabilityCalibrator.Fit(method, fitScore, fitY);
        var p = cal.Calibrate(score);
        Assert.True(ForecastMetrics.Ece(score, y) > 0.1, "the raw scores are badly calibrated");
        var ece = ForecastMetrics.Ece(p, y);
        Assert.True(ece < tolerance, $"{method}: ECE {ece}");
        var mae = p.Zip(truth).Average(z => Math.Abs(z.First - z.Second));
        Assert.True(mae < tolerance * 1.5, $"{method}: mean |p − p_true| = {mae}");
    }

    [Fact]
    public void Isotonic_pools_adjacent_violators_by_hand()
    {
        // x sorted: y = 1, 0, 0, 1 → blocks {1,0,0} mean 1/3 at x̄ = 0.2, then {1} at 0.4.
        var cal = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, [0.1, 0.2, 0.3, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4], [1, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
        Assert.Equal(1.0 / 3, cal.Calibrate(0.05), 12);
        Assert.Equal(1.0 / 3, cal.Calibrate(0.2), 12);
        Assert.Equal(1.0 / 3 + (2.0 / 3) * 0.5, cal.Calibrate(0.3), 12);
        // The top block is 7 ones: certainty is replaced by the Jeffreys posterior mean 1 − 0.5 / (7 + 1) = 0.9375.
        Assert.Equal(0.9375, cal.Calibrate(0.4), 12);
        Assert.Equal(0.9375, cal.Calibrate(0.9), 12);
    }

    [Fact]
    public void A_one_sample_end_block_never_claims_certainty_and_the_fit_stays_monotone()
    {
        // PAV by hand: {0} at 0.1 (rate 0, n = 1), {1,0,1,0} pooled to 0.5, the tie at 0.6 → 0.8. The lowest block's 0
        // becomes 0.5 / (1 + 1) = 0.25, so a miss there costs log(1 / 0.75) instead of infinity.
        var cal = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.6, 0.6, 0.6, 0.6], [0, 1, 0, 1, 0, 1, 0, 1, 1, 1]);
        Assert.Equal(0.25, cal.Calibrate(0.05), 12);
        var grid = Enumerable.Range(0, 101).Select(i => cal.Calibrate(i / 100.0)).ToArray();
        Assert.All(grid, v => Assert.InRange(v, 0.25, 1 - 1e-9));
        Assert.True(grid.Zip(grid.Skip(1)).All(z => z.Second >= z.First), "calibration must stay non-decreasing");
    }

    [Fact]
    public void Tied_scores_map_to_the_mean_outcome_of_the_tie()
    {
        // A constant score (e.g. a baseline that always says 0.5): the tie is one block, so it maps to the base rate 0.3.
        var p = Enumerable.Repeat(0.5, 10).ToArray();
        double[] y = [0, 1, 0, 0, 1, 0, 0, 1, 0, 0];
        var cal = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, p, y);
        Assert.Equal(0.3, cal.Calibrate(0.5), 12);
        Assert.Equal(0.3, cal.Calibrate(0.9), 12);
    }

    [Fact]
    public void Platt_is_monotone_and_round_trips()
    {
        var (s, y, _) = KnownProbability(2000, 3);
        var cal = ProbabilityCalibrator.Fit(CalibrationMethod.Platt, s, y);
        Assert.True(cal.Calibrate(0.2) < cal.Calibrate(0.5));
        var loaded = ProbabilityCalibrator.Load((JsonObject)JsonNode.Parse(cal.Save().ToJsonString())!);
        Assert.Equal(cal.Calibrate(0.37), loaded.Calibrate(0.37));
        var iso = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, s, y);
        Assert.Equal(iso.Calibrate(0.37), ProbabilityCalibrator.Load((JsonObject)JsonNode.Parse(iso.Save().ToJsonString())!).Calibrate(0.37));
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, [0.1, 0.2], [1]));
        Assert.Throws<ArgumentException>(() => ProbabilityCalibrator.Fit(CalibrationMethod.Platt, [0.1, 0.2], [1, 0]));
    }
}
