using CryptoSmartTrader.Backtesting.Metrics;

namespace CryptoSmartTrader.Backtesting.Tests.Metrics;

/// <summary>CSCV reference results from an independent Python enumeration of the C(4, 2) = 6 splits.</summary>
public sealed class PboTests
{
    [Fact]
    public void Always_picking_an_out_of_sample_loser_is_certain_overfitting()
    {
        double[][] m =
        [
            [0.01, -0.02, 0.03, 0.00, 0.02, -0.01, 0.01, 0.04],
            [0.02, 0.01, -0.01, 0.02, -0.03, 0.01, 0.00, 0.01],
            [-0.01, 0.03, 0.02, -0.02, 0.01, 0.02, -0.01, 0.00],
        ];
        var pbo = Pbo.Cscv(m, blocks: 4);
        Assert.Equal(6, pbo.Combinations);
        Assert.Equal(1.0, pbo.Probability, 12);
        // Out-of-sample ranks 1, 1, 1, 2, 1, 2 of N = 3 → λ = ln(1/3) four times and ln(1) = 0 twice.
        var third = Math.Log(0.25 / 0.75);
        Assert.Equal([third, third, third, 0, third, 0], pbo.Logits, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void A_configuration_that_wins_everywhere_is_not_overfit()
    {
        double[][] m =
        [
            [0.01, -0.02, 0.03, 0.00, 0.02, -0.01, 0.01, 0.04],
            [0.02, 0.01, -0.01, 0.02, -0.03, 0.01, 0.00, 0.01],
            [0.01, 0.03, 0.02, 0.00, 0.01, 0.02, 0.01, 0.03],
        ];
        var pbo = Pbo.Cscv(m, blocks: 4);
        Assert.Equal(0.0, pbo.Probability, 12);
        // Rank 3 of 3 in every split → ω = 3/4, λ = ln 3.
        Assert.All(pbo.Logits, l => Assert.Equal(Math.Log(3), l, 12));
    }

    [Fact]
    public void Bad_inputs_are_rejected_with_a_reason()
    {
        Assert.Contains("at least 2 configurations", Assert.Throws<ArgumentException>(() => Pbo.Cscv([new double[8]], 4)).Message);
        Assert.Contains("even", Assert.Throws<ArgumentOutOfRangeException>(() => Pbo.Cscv([new double[8], new double[8]], 3)).Message);
        Assert.Contains("equal lengths", Assert.Throws<ArgumentException>(() => Pbo.Cscv([new double[8], new double[7]], 4)).Message);
        Assert.Contains("cannot fill", Assert.Throws<ArgumentException>(() => Pbo.Cscv([new double[6], new double[6]], 4)).Message);
    }
}
