using System.Text.Json;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary><c>cst train --model-type stacked|regime-routed</c> on a small slice of the real Binance hourly files.</summary>
public sealed class ComposedTrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-composed-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--models-dir", _dir]);

    private Task<CliRunner.Result> Train(string name, string type, params string[] extra) => Run([
        "train", "--exchange", "binance", "--symbols", "BTC/USDT,ETH/USDT", "--timeframe", "1h", "--horizons", "1h,24h",
        "--from", "2022-06-01", "--to", "2023-03-01", "--stride", "6h", "--name", name, "--source", Source, "--json", "--model-type", type, .. extra]);

    [Fact]
    public async Task A_stacked_model_trains_over_both_horizons_and_evaluates_out_of_sample()
    {
        var train = await Train("stack", "stacked");
        Assert.True(train.ExitCode == 0, train.Error);
        using (var meta = JsonDocument.Parse(train.Out))
        {
            Assert.Equal("stacked", meta.RootElement.GetProperty("predictorKind").GetString());
            Assert.Equal("stacked", meta.RootElement.GetProperty("hyperparameters").GetProperty("kind").GetString());
        }

        var eval = await Run("evaluate", "--model", "stack", "--exchange", "binance", "--from", "2023-03-15", "--to", "2023-04-15", "--source", Source, "--json");
        Assert.True(eval.ExitCode == 0, eval.Error);
        using var doc = JsonDocument.Parse(eval.Out);
        foreach (var h in doc.RootElement.GetProperty("horizons").EnumerateArray())
        {
            Assert.False(h.GetProperty("overlapsTraining").GetBoolean());
            Assert.InRange(h.GetProperty("model").GetProperty("auc").GetDouble(), 0, 1);
        }
    }

    [Fact]
    public async Task Regime_routing_without_the_regime_features_is_a_usage_error_naming_the_fix()
    {
        var result = await Train("routed", "regime-routed");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--features all", result.Error);
        Assert.Contains("regime", result.Error);
    }

    [Fact]
    public async Task A_regime_routed_model_trains_on_the_regime_features()
    {
        var train = await Train("routed", "regime-routed", "--features", "all");
        Assert.True(train.ExitCode == 0, train.Error);
        using var meta = JsonDocument.Parse(train.Out);
        Assert.Equal("regime-routed", meta.RootElement.GetProperty("predictorKind").GetString());
    }

    [Fact]
    public void The_composed_types_come_from_the_model_kind_registry()
    {
        Assert.NotNull(CryptoSmartTrader.Models.Kinds.ModelKinds.Find("stacked", out _));
        Assert.NotNull(CryptoSmartTrader.Models.Kinds.ModelKinds.Find("regime-routed", out _));
        Assert.Null(CryptoSmartTrader.Models.Kinds.ModelKinds.Find("composed", out _));
    }
}
