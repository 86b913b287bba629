using CryptoSmartTrader.Research.CrossSection;
using CryptoSmartTrader.Research.Session;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

public sealed class CrossSectionFacadeTests
{
    [Fact]
    public void Cross_section_runs_the_library_study_and_tables_every_scorer_with_benchmarks()
    {
        var universe = new[] { "BTC", "ETH", "BNB", "XRP", "LTC", "ADA" }.Select(c => Hourly(c, Utc(2023, 1, 1), Utc(2023, 9, 1))).ToArray();
        var report = new ResearchCrossSection().Run(universe, Utc(2023, 6, 1), Utc(2023, 9, 1), horizons: "24h,7d", kinds: "linear", topK: 2);
        Assert.Equal(2, report.Horizons.Count);
        Assert.Equal(24, report.Trials); // 6 scorers × 2 books × 2 horizons
        var rows = CrossSectionalSummary.Rows(report);
        Assert.Equal(16, rows.Count); // (6 scorers + 2 benchmarks) × 2 horizons
        Assert.All(rows.Where(r => r.Scorer.StartsWith("buy-hold", StringComparison.Ordinal)), r => Assert.True(double.IsNaN(r.LongOnlyDsr)));
        Assert.All(rows.Where(r => !double.IsNaN(r.LongShortDsr)), r => Assert.InRange(r.LongShortDsr, 0, 1));
        var html = new ResearchCrossSection().Table(report).Html;
        Assert.Contains("rank IC", html);
        Assert.Contains("24 books tried", html);
        Assert.NotEmpty(CrossSectionalSummary.YearRows(report));
    }

    [Fact]
    public void Deflation_lowers_the_probability_as_more_books_are_tried()
    {
        var universe = new[] { "BTC", "ETH", "BNB", "XRP", "LTC", "ADA" }.Select(c => Hourly(c, Utc(2023, 1, 1), Utc(2023, 9, 1))).ToArray();
        var report = new ResearchCrossSection().Run(universe, Utc(2023, 4, 1), Utc(2023, 9, 1), horizons: "24h", kinds: "none", topK: 2);
        var book = report.Horizons[0].Scorers.Single(s => s.Name == "reversal-1h").LongOnly;
        var one = CrossSectionalSummary.Dsr(book, 1);
        var many = CrossSectionalSummary.Dsr(book, 100);
        Assert.True(many < one, $"DSR with 100 trials {many} should be below DSR with 1 trial {one}");
    }

    [Fact]
    public void Cross_section_trains_and_registers_a_model_an_xs_model_package_can_open()
    {
        var root = Path.Combine(Path.GetTempPath(), "cst-xs-facade-" + Guid.NewGuid().ToString("N"));
        try
        {
            var registry = new CryptoSmartTrader.Models.Registry.ModelRegistry(root, TimeProvider.System);
            var universe = new[] { "BTC", "ETH", "BNB", "XRP", "LTC", "ADA" }.Select(c => Hourly(c, Utc(2023, 1, 1), Utc(2023, 9, 1))).ToArray();
            var meta = new ResearchCrossSection().Train(registry, universe, "xs-facade", Utc(2023, 3, 1), Utc(2023, 8, 1));
            Assert.Equal(universe.Select(s => s.Symbol.ToString()), meta.CrossSection!.Universe);
            Assert.Equal("xsection", meta.FeatureSet.Name);
            using var opened = CryptoSmartTrader.Trading.Alpha.CrossSectionalModelSource.Open(registry, "xs-facade", Utc(2023, 8, 2)).Value!;
            Assert.Equal("24h", opened.Info.Horizon);
            var again = Assert.Throws<InvalidOperationException>(() => new ResearchCrossSection().Train(registry, universe, "xs-facade", Utc(2023, 3, 1), Utc(2023, 8, 1)));
            Assert.Contains("already exists", again.Message);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_trained_model_in_an_xs_model_package_backtests_from_the_notebook()
    {
        var dir = Directory.CreateTempSubdirectory("cst-xs-session-").FullName;
        try
        {
            using var session = ResearchSession.Open(CryptoSmartTrader.TestKit.Datasets.SharedDatasets.RootPath, Path.Combine(dir, "cst.db"),
                new CryptoSmartTrader.TestKit.Time.ManualTimeProvider(), Path.Combine(dir, "models"));
            var coins = new[] { "BTC", "ETH", "BNB", "XRP", "LTC", "ADA" };
            var history = coins.Select(c => Hourly(c, Utc(2023, 1, 1), Utc(2023, 8, 1))).ToArray();
            var meta = session.CrossSection.Train(session.Registry, history, "xs-nb", Utc(2023, 3, 1), Utc(2023, 8, 1));
            var p = new CryptoSmartTrader.Trading.Packages.StrategyPackage { Name = "xs-nb" };
            p.Universe.Symbols.AddRange(coins.Select(c => c + "/USDT"));
            p.Alpha.Kind = CryptoSmartTrader.Trading.Packages.AlphaSpec.XsModelKind;
            p.Alpha.XsModel = new CryptoSmartTrader.Trading.Packages.CrossSectionalModelRef { Name = "xs-nb", Version = meta.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
            p.Construction.Kind = CryptoSmartTrader.Trading.Packages.ConstructionSpec.TopKKind;
            p.Construction.TopK = new CryptoSmartTrader.Trading.Construction.TopKConstructionOptions { K = 2, LongShort = false };
            var series = coins.Select(c => Hourly(c, Utc(2023, 6, 1), Utc(2023, 9, 1))).ToArray();
            var result = session.Packages.Backtest(series, p, Utc(2023, 8, 2), Utc(2023, 9, 1), warmupBars: 800);
            Assert.Equal("xs-model:xs-nb", result.Settings.Strategy);
            Assert.True(result.Orders.Count > 0, "the trained book must trade");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
