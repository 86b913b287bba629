using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.TestKit.Datasets;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Tests.Commands.Strategies;

/// <summary>
/// A cross-sectional model trained by <c>cst train --cross-sectional</c> on real Binance hourly bars, traded by an
/// <c>xs-model</c> package with a top-k construction through <c>cst backtest --package</c>.
/// </summary>
public sealed class CrossSectionalModelPackageTests : IDisposable
{
    internal static readonly string[] Symbols = ["BTC/USDT", "ETH/USDT", "BNB/USDT", "XRP/USDT", "ADA/USDT", "LTC/USDT"];
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-xs-model-package-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>Trains model <paramref name="name"/> into <paramref name="modelsDir"/> with the CLI; returns its version.</summary>
    internal static async Task<string> TrainAsync(string modelsDir, string name)
    {
        var r = await CliRunner.RunAsync("train", "--cross-sectional", "--symbols", string.Join(",", Symbols), "--horizon", "24h", "--model-type", "linear",
            "--from", "2023-05-15", "--to", "2024-01-01", "--name", name, "--source", SharedDatasets.PathOf("candles", "binance_spot_1h"), "--models-dir", modelsDir);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("cross-sectional", r.Out);
        var meta = new ModelRegistry(modelsDir, TimeProvider.System).Show(name).Value!;
        Assert.Equal(Symbols, meta.CrossSection!.Universe);
        Assert.Equal("24h", meta.CrossSection.Horizon);
        return meta.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A long-only top-2 book driven by the xs model, rebuilt daily, vol-target sized.</summary>
    internal static StrategyPackage Package(string name, string model, string version, IEnumerable<string> symbols, bool longShort = false)
    {
        var p = new StrategyPackage { Name = name };
        p.Universe.Symbols.AddRange(symbols);
        p.Alpha.Kind = AlphaSpec.XsModelKind;
        p.Alpha.XsModel = new CrossSectionalModelRef { Name = model, Version = version };
        p.Construction.Kind = ConstructionSpec.TopKKind;
        p.Construction.TopK = new TopKConstructionOptions { K = 2, HoldBand = 1, LongShort = longShort, RebalanceBars = 24 };
        p.Sizing.Kind = SizingSpec.VolTargetKind;
        p.Sizing.VolTarget.TargetAnnualVolatility = 0.6;
        p.Sizing.VolTarget.MaxPositionFraction = 0.5;
        p.Risk.MaxPositionFraction = 0.5;
        return p;
    }

    private string Write(StrategyPackage p)
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, p.Name + ".json");
        File.WriteAllText(path, StrategyPackageJson.Serialize(p));
        return path;
    }

    [Fact]
    public async Task A_trained_xs_model_top_k_package_backtests_through_the_kernel_and_repeats_its_orders()
    {
        var models = Path.Combine(_dir, "models");
        var version = await TrainAsync(models, "xs-v1");
        var package = Write(Package("xs-model-top2", "xs-v1", version, Symbols));
        string[] period = ["--from", "2024-01-02", "--to", "2024-02-01", "--source", SharedDatasets.RootPath, "--models-dir", models, "--outputs", "none"];
        await PackageRepeat.AssertTradesAndRepeatsAsync(_dir, package, period, "xs-model:xs-v1");

        // Bad input: a package trading other symbols than the model ranks is refused, naming both.
        var other = Write(Package("xs-model-five", "xs-v1", version, Symbols.Take(5)));
        var bad = await CliRunner.RunAsync(["backtest", "--package", other, .. period, "--out", Path.Combine(_dir, "c")]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("expected universe.symbols to be the same symbols", bad.Error);
        Assert.DoesNotContain("   at ", bad.Error);
    }

    [Fact]
    public async Task Sweeping_an_xs_model_package_is_a_usage_error_naming_the_alpha_kind()
    {
        var package = Write(Package("xs-model-sweep", "xs-none", "1", Symbols));
        var r = await CliRunner.RunAsync("sweep", "--package", package, "--symbols", string.Join(",", Symbols), "--param", "risk.maxPositionFraction=0.3,0.5", "--from", "2024-01-02", "--to", "2024-02-01",
            "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "sweep"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("alpha.kind xs-model trades a registered model, which cst sweep does not open", r.Error);
    }
}
