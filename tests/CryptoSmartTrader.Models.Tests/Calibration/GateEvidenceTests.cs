using System.Text.Json.Nodes;
using CryptoSmartTrader.Models.Calibration;

namespace CryptoSmartTrader.Models.Tests.Calibration;

/// <summary>The gate's probability is lowered when the isotonic block behind it rests on few out-of-fold samples.</summary>
public sealed class GateEvidenceTests
{
    [Fact]
    public void Wilson_lower_bound_matches_the_published_interval()
    {
        // Wilson (1927) score interval for 8 successes in 10 at 95% (z = 1.96): [0.4902, 0.9433], the textbook example.
        Assert.Equal(0.4902, ProbabilityCalibrator.WilsonLower(0.8, 10, 1.96), 4);
        // Large samples approach the Wald bound 0.8 − 1.96·sqrt(0.16/1000) = 0.7752; Wilson's is 0.7741 (same source).
        Assert.Equal(0.7741, ProbabilityCalibrator.WilsonLower(0.8, 1000, 1.96), 4);
    }

    [Fact]
    public void A_thin_extreme_block_does_not_pass_an_80_percent_gate_but_a_thick_one_does()
    {
        // 900 scores near 0.4 with 40% ups, then 10 scores at 0.95 with 9 ups (a 90% block of ten samples).
        var (thinScores, thinY) = Blocks((0.4, 900, 0.4), (0.95, 10, 0.9));
        var thin = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, thinScores, thinY);
        Assert.Equal(0.9, thin.Calibrate(0.95), 10);
        Assert.True(thin.DirectionalLowerBound(0.95) < 0.8, $"thin block lower bound {thin.DirectionalLowerBound(0.95)}");

        // The same 90% rate over 2,000 samples: the bound stays close to 0.9.
        var (thickScores, thickY) = Blocks((0.4, 900, 0.4), (0.95, 2000, 0.9));
        var thick = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, thickScores, thickY);
        Assert.InRange(thick.DirectionalLowerBound(0.95), 0.88, 0.9);

        // Down calls use the same evidence: the 40% block of 900 predicts "down" at 60%.
        Assert.InRange(thick.DirectionalLowerBound(0.4), 0.57, 0.6);
    }

    [Fact]
    public void A_score_beyond_the_out_of_fold_range_makes_no_claim()
    {
        var (scores, y) = Blocks((0.4, 900, 0.4), (0.9, 2000, 0.9));
        var cal = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, scores, y);
        Assert.True(cal.DirectionalLowerBound(0.9) > 0.85);
        // 0.97 maps to the top block's 90% by the step fit, but no out-of-fold score was that extreme.
        Assert.Equal(0.9, cal.Calibrate(0.97), 10);
        Assert.Equal(0.5, cal.DirectionalLowerBound(0.97));
        Assert.Equal(0.5, cal.DirectionalLowerBound(0.1));
    }

    [Fact]
    public void Counts_survive_save_and_load_and_old_models_without_counts_keep_the_plain_probability()
    {
        var (scores, y) = Blocks((0.4, 900, 0.4), (0.95, 10, 0.9));
        var cal = ProbabilityCalibrator.Fit(CalibrationMethod.Isotonic, scores, y);
        var saved = cal.Save();
        var loaded = ProbabilityCalibrator.Load((JsonObject)JsonNode.Parse(saved.ToJsonString())!);
        Assert.Equal(cal.DirectionalLowerBound(0.95), loaded.DirectionalLowerBound(0.95));
        Assert.Equal(0.5, loaded.DirectionalLowerBound(0.99));

        saved.Remove("n");
        saved.Remove("support");
        var old = ProbabilityCalibrator.Load((JsonObject)JsonNode.Parse(saved.ToJsonString())!);
        Assert.Equal(0.9, old.DirectionalLowerBound(0.95), 10);
    }

    private static (double[] Scores, double[] Y) Blocks(params (double Score, int Count, double UpRate)[] blocks)
    {
        var scores = new List<double>();
        var y = new List<double>();
        foreach (var (score, count, rate) in blocks)
        {
            var ups = (int)Math.Round(count * rate);
            for (var i = 0; i < count; i++)
            {
                scores.Add(score);
                y.Add(i < ups ? 1 : 0);
            }
        }

        return ([.. scores], [.. y]);
    }
}
