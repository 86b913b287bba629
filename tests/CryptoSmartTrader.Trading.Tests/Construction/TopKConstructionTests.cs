using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Trading.Tests.Construction;

public sealed class TopKConstructionTests
{
    private static AlphaInsight View(double pUp) => new(pUp >= 0.5 ? 1 : -1, Math.Max(pUp, 1 - pUp), 1, 0, ReasonTag.Model);

    private static double[] Targets(TopKConstruction c, params AlphaInsight[] insights)
    {
        var w = new double[insights.Length];
        c.CreateTargets(insights, w);
        return w;
    }

    [Fact]
    public void Long_short_book_is_dollar_neutral_over_the_best_and_worst_ranked()
    {
        var c = new TopKConstruction(new TopKConstructionOptions { K = 1, HoldBand = 0, RebalanceBars = 1 });
        // P(up) 0.60, 0.45, 0.52, 0.30: signed conviction 0.60, −0.55, 0.52, −0.70 → best slot 0, worst slot 3.
        var w = Targets(c, View(0.60), View(0.45), View(0.52), View(0.30));
        Assert.Equal([0.5, 0, 0, -0.5], w);
    }

    [Fact]
    public void Long_only_book_spends_the_budget_on_the_top_k()
    {
        var c = new TopKConstruction(new TopKConstructionOptions { K = 2, LongShort = false, RebalanceBars = 1, GrossBudget = 0.8 });
        var w = Targets(c, View(0.60), View(0.45), View(0.52), View(0.30));
        Assert.Equal([0.4, 0, 0.4, 0], w);
    }

    [Fact]
    public void Hold_band_keeps_a_held_name_and_the_book_waits_for_the_rebalance_bar()
    {
        var banded = new TopKConstruction(new TopKConstructionOptions { K = 1, HoldBand = 1, LongShort = false, RebalanceBars = 1 });
        var plain = new TopKConstruction(new TopKConstructionOptions { K = 1, HoldBand = 0, LongShort = false, RebalanceBars = 1 });
        Targets(banded, View(0.60), View(0.55), View(0.40));
        Targets(plain, View(0.60), View(0.55), View(0.40));
        Assert.Equal([1.0, 0, 0], Targets(banded, View(0.55), View(0.60), View(0.40))); // slot 0 slipped to second: within k + band
        Assert.Equal([0, 1.0, 0], Targets(plain, View(0.55), View(0.60), View(0.40)));
        var daily = new TopKConstruction(new TopKConstructionOptions { K = 1, HoldBand = 0, LongShort = false, RebalanceBars = 3 });
        Targets(daily, View(0.60), View(0.55), View(0.40));
        Assert.Equal([1.0, 0, 0], Targets(daily, View(0.40), View(0.55), View(0.60))); // bar 2 of 3: the book is repeated
        Targets(daily, View(0.40), View(0.55), View(0.60));
        Assert.Equal([0, 0, 1.0], Targets(daily, View(0.40), View(0.55), View(0.60))); // bar 4 starts a new period
    }

    [Fact]
    public void A_symbol_without_a_view_is_kept_not_traded()
    {
        var c = new TopKConstruction(new TopKConstructionOptions { K = 1, HoldBand = 0, RebalanceBars = 1 });
        var w = Targets(c, View(0.60), default, View(0.52), View(0.30));
        Assert.True(double.IsNaN(w[1]));
        Assert.Equal(0.5, w[0]);
        Assert.Equal(-0.5, w[3]);
    }

    [Fact]
    public void A_top_k_package_builds_the_top_k_model_and_bad_settings_name_the_field()
    {
        var p = Packages.StrategyPackageJsonTests.Valid();
        p.Construction.Kind = ConstructionSpec.TopKKind;
        p.Construction.TopK = new TopKConstructionOptions { K = 4, LongShort = false };
        Assert.Empty(StrategyPackageValidator.Validate(p));
        var built = Assert.IsType<TopKConstruction>(StrategyKernelFactory.Construction(p));
        Assert.Equal(4, built.Options.K);
        Assert.False(built.Options.LongShort);
        var parsed = StrategyPackageJson.Parse(StrategyPackageJson.Serialize(p));
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(4, parsed.Value!.Construction.TopK!.K);
        p.Construction.TopK.K = 0;
        Assert.Contains(StrategyPackageValidator.Validate(p), e => e.StartsWith("construction.topK.k", StringComparison.Ordinal) && e.Contains(">= 1", StringComparison.Ordinal));
        p.Construction.Kind = "ranked";
        Assert.Contains(StrategyPackageValidator.Validate(p), e => e.Contains("expected confidence-weighted or top-k, got 'ranked'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_confidence_weighted_package_serialises_without_a_top_k_section()
    {
        Assert.DoesNotContain("topK", StrategyPackageJson.Serialize(Packages.StrategyPackageJsonTests.Valid()), StringComparison.Ordinal);
    }
}
