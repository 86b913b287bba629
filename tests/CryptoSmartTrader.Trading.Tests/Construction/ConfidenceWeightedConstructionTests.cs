using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;

namespace CryptoSmartTrader.Trading.Tests.Construction;

public sealed class ConfidenceWeightedConstructionTests
{
    [Fact]
    public void Budget_is_split_by_confidence_and_no_view_keeps_the_position()
    {
        AlphaInsight[] insights =
        [
            new(1, 0.9, 1, 0, ReasonTag.Model),
            new(-1, 0.6, 1, 0, ReasonTag.Model),
            default,
            new(0, 0.99, 1, 0, ReasonTag.Rule),
        ];
        var weights = new double[4];
        new ConfidenceWeightedConstruction(1.0).CreateTargets(insights, weights);
        Assert.Equal(0.6, weights[0], 12);   // 0.9 / 1.5
        Assert.Equal(-0.4, weights[1], 12);  // −0.6 / 1.5
        Assert.True(double.IsNaN(weights[2]));
        Assert.Equal(0, weights[3]);
    }

    [Fact]
    public void Budget_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConfidenceWeightedConstruction(0));
}
