using CryptoSmartTrader.Cli.Tests.Commands.Strategies;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary>Bad input to <c>cst train --cross-sectional</c>: one usage error per kind, naming the option, and nothing registered.</summary>
public sealed class CrossSectionalTrainCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-xs-train-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("BTC/USDT,ETH/USDT,BNB/USDT", "24h", "rank", true, "--symbols: a cross-section needs at least 4 symbols, got 3")]
    [InlineData("ETH/USDT,BNB/USDT,XRP/USDT,ADA/USDT", "24h", "rank", true, "--symbols: the universe must hold BTC")]
    [InlineData("BTC/USDT,ETH/USDT,BNB/USDT,XRP/USDT", "1h,24h", "rank", true, "--horizon: a cross-sectional model learns one horizon, got 1h,24h")]
    [InlineData("BTC/USDT,ETH/USDT,BNB/USDT,XRP/USDT", "24h", "momentum", true, "--target: expected rank, demeaned or beta, got 'momentum'")]
    [InlineData("BTC/USDT,ETH/USDT,BNB/USDT,XRP/USDT", "24h", "rank", false, "--from/--to: --cross-sectional needs the training window")]
    public async Task Bad_input_is_a_usage_error_naming_the_option_and_registers_nothing(string symbols, string horizon, string target, bool window, string expected)
    {
        var models = Path.Combine(_dir, "models");
        string[] period = window ? ["--from", "2023-05-15", "--to", "2024-01-01"] : [];
        var r = await CliRunner.RunAsync(["train", "--cross-sectional", "--symbols", symbols, "--horizon", horizon, "--target", target, .. period,
            "--name", "xs-bad", "--source", SharedDatasets.PathOf("candles", "binance_spot_1h"), "--models-dir", models]);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, r.Error);
        Assert.DoesNotContain("   at ", r.Error);
        Assert.Empty(new ModelRegistry(models, TimeProvider.System).List());
    }

    [Fact]
    public async Task A_name_already_registered_is_refused_and_the_stored_model_is_kept()
    {
        var models = Path.Combine(_dir, "models");
        var version = await CrossSectionalModelPackageTests.TrainAsync(models, "xs-once");

        var again = await CliRunner.RunAsync("train", "--cross-sectional", "--symbols", string.Join(",", CrossSectionalModelPackageTests.Symbols), "--horizon", "7d",
            "--from", "2023-05-15", "--to", "2024-01-01", "--name", "xs-once", "--source", SharedDatasets.PathOf("candles", "binance_spot_1h"), "--models-dir", models);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("model 'xs-once' already exists", again.Error);
        var kept = Assert.Single(new ModelRegistry(models, TimeProvider.System).List());
        Assert.Equal(("24h", version), (kept.CrossSection!.Horizon, kept.CreatedAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
