using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossSection;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Trading.Tests.Alpha;

public sealed class CrossSectionalModelAlphaTests(TrainedCrossSectionalModel trained) : IClassFixture<TrainedCrossSectionalModel>
{
    private static readonly DateTimeOffset TradeFrom = TrainedCrossSectionalModel.TrainEnd.AddHours(1);

    [Fact]
    public void Scores_at_each_bar_equal_the_model_on_the_batch_xsection_frame_and_ranks_them_on_real_data()
    {
        using var source = CrossSectionalModelSource.Open(trained.Registry, TrainedCrossSectionalModel.Name, TradeFrom).Value!;
        var series = TrainedCrossSectionalModel.Series(new DateTimeOffset(2023, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var (scores, insights) = Run(source, series, series[0].Count);
        var factors = new CrossSectionalFactors(source.Info.Factors);
        var panel = UniversePanel.Create(series, source.Info.Factors.WarmUpBars);
        var batch = factors.Compute(panel);
        var cols = CrossSectionalModelTrainer.ModelColumns(source.Info.Factors).Count;
        var compared = 0;
        for (var t = 0; t < series[0].Count; t++)
        {
            var row = panel.Closes.RowOf(series[0].CloseTimeMs[t]);
            var defined = Enumerable.Range(0, series.Length).Where(i => Enumerable.Range(0, cols).All(c => !double.IsNaN(batch[c][i][row]))).ToArray();
            if (defined.Length == 0)
            {
                Assert.All(scores[t], s => Assert.True(double.IsNaN(s)));
                Assert.All(insights[t], x => Assert.False(x.HasView));
                continue;
            }

            var x = defined.SelectMany(i => Enumerable.Range(0, cols).Select(c => batch[c][i][row])).ToArray();
            var expected = source.Model.Predictor.Predict(new FeatureRows(x, defined.Length, cols)).ExpectedReturn;
            for (var k = 0; k < defined.Length; k++) Assert.Equal(expected[k], scores[t][defined[k]], 1e-9);
            if (series[0].CloseTimeMs[t] <= TrainedCrossSectionalModel.TrainEnd.ToUnixTimeMilliseconds())
            {
                Assert.All(insights[t], x => Assert.False(x.HasView)); // in-sample bars feed the features but get no view
                continue;
            }

            var best = defined[Array.IndexOf(expected, expected.Max())];
            var worst = defined[Array.IndexOf(expected, expected.Min())];
            Assert.Equal(1.0, insights[t][best].Direction, 12);
            Assert.Equal(-1.0, insights[t][worst].Direction, 12);
            Assert.Equal(ReasonTag.Model, insights[t][best].Source);
            compared++;
        }

        Assert.True(compared > 24 * 25, $"only {compared} out-of-sample bars had features");
    }

    [Fact]
    public void Appending_future_bars_does_not_change_past_scores_on_real_data()
    {
        using var source = CrossSectionalModelSource.Open(trained.Registry, TrainedCrossSectionalModel.Name, TradeFrom).Value!;
        var series = TrainedCrossSectionalModel.Series(new DateTimeOffset(2023, 11, 15, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 20, 0, 0, 0, TimeSpan.Zero));
        var cut = series[0].Count - 200;
        var (shortScores, _) = Run(source, series.Select(s => s.Slice(0, cut)).ToArray(), cut);
        var (longScores, _) = Run(source, series, series[0].Count);
        var defined = 0;
        for (var t = 0; t < cut; t++)
        {
            Assert.Equal(shortScores[t], longScores[t]);
            defined += shortScores[t].Count(s => !double.IsNaN(s));
        }

        Assert.True(defined > 100, $"only {defined} scores defined before the cut");
    }

    [Fact]
    public void A_package_whose_symbols_differ_from_the_models_universe_is_an_error_naming_both()
    {
        var p = Package(trained);
        p.Universe.Symbols.RemoveAt(p.Universe.Symbols.Count - 1);
        var opened = PackageModels.OpenCrossSectional(p, trained.Registry, TradeFrom);
        Assert.False(opened.Ok);
        var error = Assert.Single(opened.Errors);
        Assert.Contains("alpha.xsModel (xs-test)", error);
        Assert.Contains("expected universe.symbols to be the same symbols", error);
        Assert.Contains("LTC/USDT", error);
    }

    [Fact]
    public void A_model_that_is_not_cross_sectional_is_an_error_naming_it()
    {
        using var perSymbol = new TrainedTestModel();
        var p = Package(trained);
        p.Alpha.XsModel!.Name = perSymbol.Name;
        p.Alpha.XsModel.Version = null;
        var opened = PackageModels.OpenCrossSectional(p, perSymbol.Registry, TradeFrom);
        Assert.False(opened.Ok);
        var error = Assert.Single(opened.Errors);
        Assert.Contains($"model '{perSymbol.Name}' is not cross-sectional", error);
        Assert.Contains("expected one trained with cst train --cross-sectional", error);
    }

    [Fact]
    public void An_xs_model_package_round_trips_validates_and_builds_through_the_factory()
    {
        var p = Package(trained);
        Assert.Empty(StrategyPackageValidator.Validate(p));
        var parsed = StrategyPackageJson.Parse(StrategyPackageJson.Serialize(p));
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(trained.Version, parsed.Value!.Alpha.XsModel!.Version);
        var noHost = StrategyKernelFactory.Create(p, new KernelHost { Clock = TimeProvider.System });
        Assert.False(noHost.Ok);
        Assert.Contains(noHost.Errors, e => e.Contains("xs-model package needs the host", StringComparison.Ordinal));
        using var source = PackageModels.OpenCrossSectional(p, trained.Registry, TradeFrom).Value!;
        var built = StrategyKernelFactory.Create(p, new KernelHost { Clock = TimeProvider.System, Alpha = u => source.CreateAlpha(u, p.Alpha.XsModel!.Confidence) });
        Assert.True(built.Ok, string.Join("; ", built.Errors));
        Assert.Equal("xs-model:xs-test(24h)", built.Value!.Alpha.Name);
        p.Alpha.XsModel = null;
        Assert.Contains(StrategyPackageValidator.Validate(p), e => e.StartsWith("alpha.xsModel: expected", StringComparison.Ordinal));
    }

    internal static StrategyPackage Package(TrainedCrossSectionalModel model)
    {
        var p = Packages.StrategyPackageJsonTests.Valid();
        p.Universe.Symbols = TrainedCrossSectionalModel.Coins.Select(c => $"{c}/USDT").ToList();
        p.Alpha.Kind = AlphaSpec.XsModelKind;
        p.Alpha.XsModel = new CrossSectionalModelRef { Name = TrainedCrossSectionalModel.Name, Version = model.Version };
        p.Construction.Kind = ConstructionSpec.TopKKind;
        return p;
    }

    private static (double[][] Scores, AlphaInsight[][] Insights) Run(CrossSectionalModelSource source, CandleSeries[] series, int bars)
    {
        var universe = new TradingUniverse(Exchange.Binance, Timeframe.H1, series.Select(s => s.Symbol).ToArray());
        var alpha = source.CreateAlpha(universe);
        var context = new BarCloseContext(universe);
        var scores = new double[bars][];
        var insights = new AlphaInsight[bars][];
        for (var t = 0; t < bars; t++)
        {
            var time = series[0].CloseTimeMs[t];
            context.Reset(DateTimeOffset.FromUnixTimeMilliseconds(time));
            for (var i = 0; i < series.Length; i++)
            {
                var k = series[i].IndexOfLastClosedAt(DateTimeOffset.FromUnixTimeMilliseconds(time));
                if (k >= 0 && series[i].CloseTimeMs[k] == time) context.SetBar(i, Bar.FromSeries(series[i], k));
            }

            var step = new AlphaInsight[universe.Count];
            alpha.Update(context, step);
            scores[t] = alpha.LastScores;
            insights[t] = step;
        }

        return (scores, insights);
    }
}
