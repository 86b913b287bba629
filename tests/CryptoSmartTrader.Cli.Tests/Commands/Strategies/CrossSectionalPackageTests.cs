using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Tests.Commands.Strategies;

/// <summary>An xs-factor alpha with a top-k construction, run from a strategy package by cst backtest on real Binance data.</summary>
public sealed class CrossSectionalPackageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-xs-package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string WritePackage()
    {
        var p = new StrategyPackage { Name = "xs-reversal-top2" };
        p.Universe.Symbols.AddRange(["BTC/USDT", "ETH/USDT", "BNB/USDT", "XRP/USDT", "LTC/USDT", "ADA/USDT"]);
        p.Alpha.Kind = AlphaSpec.XsFactorKind;
        p.Alpha.XsFactor = new CrossSectionalFactorOptions { Factor = CrossSectionalFactorOptions.Reversal, LookbackBars = 24 };
        p.Construction.Kind = ConstructionSpec.TopKKind;
        p.Construction.TopK = new TopKConstructionOptions { K = 2, HoldBand = 1, LongShort = false, RebalanceBars = 24 };
        p.Sizing.Kind = SizingSpec.VolTargetKind;
        p.Sizing.VolTarget.TargetAnnualVolatility = 0.6;
        p.Sizing.VolTarget.MaxPositionFraction = 0.5;
        p.Risk.MaxPositionFraction = 0.5;
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "xs.json");
        File.WriteAllText(path, StrategyPackageJson.Serialize(p));
        return path;
    }

    [Fact]
    public async Task An_xs_factor_top_k_package_trades_through_the_kernel_and_repeats_its_orders()
    {
        var package = WritePackage();
        string[] period = ["--from", "2024-01-01", "--to", "2024-02-01", "--warmup", "48", "--source", SharedDatasets.RootPath, "--outputs", "none"];
        await PackageRepeat.AssertTradesAndRepeatsAsync(_dir, package, period, "xs-factor(reversal,24)");
    }

    [Fact]
    public async Task Walk_forward_of_an_xs_factor_package_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync("backtest", "--package", WritePackage(), "--from", "2024-01-01", "--to", "2024-02-01", "--walk-forward",
            "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "wf"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("an xs-factor package has no parameters to choose per window", r.Error);
    }
}
