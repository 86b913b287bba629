using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading.Tests.Sizing;

public sealed class KellySizerTests
{
    [Theory]
    [InlineData(0.6, 1.0, 0.2)]       // 0.6 − 0.4/1
    [InlineData(0.55, 2.0, 0.325)]    // 0.55 − 0.45/2
    [InlineData(0.5, 1.0, 0.0)]
    [InlineData(0.4, 1.0, -0.2)]
    public void Full_kelly_matches_the_textbook_formula(double p, double b, double expected) =>
        Assert.Equal(expected, KellySizer.FullKelly(p, b), 12);

    [Fact]
    public void Fractional_kelly_is_shrunk_by_uncertainty_and_ladder()
    {
        var sizer = new KellySizer(new KellySizerOptions { KellyFraction = 0.25, UncertaintyPenalty = 10, MaxPositionFraction = 1 });
        var insight = new AlphaInsight(1, 0.55, 2.0, 0.0, ReasonTag.Model);
        Assert.Equal(0.08125, sizer.Fraction(insight, SizingContext.Neutral), 12);            // 0.325 × 0.25
        var uncertain = insight with { Uncertainty = 0.1 };
        Assert.Equal(0.040625, sizer.Fraction(uncertain, SizingContext.Neutral), 12);         // ÷ (1 + 10 × 0.1)
        Assert.Equal(0.040625, sizer.Fraction(insight, new SizingContext(0.5, 1, double.NaN)), 12);  // Kelly halved
        Assert.Equal(0.0203125, sizer.Fraction(insight, new SizingContext(0.5, 0.5, double.NaN)), 12); // and size halved
    }

    [Fact]
    public void Size_is_capped_and_no_edge_gives_zero()
    {
        var sizer = new KellySizer(new KellySizerOptions { KellyFraction = 1, MaxPositionFraction = 0.1 });
        Assert.Equal(0.1, sizer.Fraction(new AlphaInsight(1, 0.9, 3, 0, ReasonTag.Model), SizingContext.Neutral));
        Assert.Equal(0, sizer.Fraction(new AlphaInsight(1, 0.45, 1, 0, ReasonTag.Model), SizingContext.Neutral));
        Assert.Equal(0, sizer.Fraction(new AlphaInsight(0, 0.9, 1, 0, ReasonTag.Model), SizingContext.Neutral));
    }

    [Fact]
    public void Bad_inputs_name_the_parameter()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KellySizer.FullKelly(1.2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => KellySizer.FullKelly(0.6, 0));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new KellySizer(new KellySizerOptions { KellyFraction = 0 }));
        Assert.Contains("KellyFraction", ex.Message);
    }
}
