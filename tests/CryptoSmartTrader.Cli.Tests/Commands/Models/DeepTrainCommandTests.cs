using System.Text.Json;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Models.Torch.Predictors;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary><c>cst train --model-type lstm|transformer|nbeats</c> → evaluate → predict on a small slice of the real Binance hourly files.</summary>
public sealed class DeepTrainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-deep-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--models-dir", _dir]);

    private Task<CliRunner.Result> Train(string name, string type, string horizons, params string[] extra) => Run([
        "train", "--exchange", "binance", "--symbols", "BTC/USDT,ETH/USDT", "--timeframe", "1h", "--horizons", horizons,
        "--from", "2023-01-01", "--to", "2023-03-01", "--stride", "12h", "--name", name, "--source", Source, "--json", "--model-type", type, .. extra]);

    [TorchFact]
    public async Task An_lstm_trains_evaluates_and_predicts_through_the_cli()
    {
        var train = await Train("deep-lstm", "lstm", "1h,24h", "--epochs", "2", "--window", "8", "--hidden", "8", "--threads", "1");
        Assert.True(train.ExitCode == 0, train.Error);
        using (var meta = JsonDocument.Parse(train.Out))
        {
            var root = meta.RootElement;
            Assert.Equal("lstm", root.GetProperty("predictorKind").GetString());
            Assert.Equal("8", root.GetProperty("hyperparameters").GetProperty("window").GetString());
            Assert.Equal("2", root.GetProperty("hyperparameters").GetProperty("epochs").GetString());
            Assert.Equal("1", root.GetProperty("hyperparameters").GetProperty("threads").GetString());
            Assert.Equal(8, root.GetProperty("metrics").GetArrayLength()); // 2 horizons × (model + 3 baselines)
        }

        var eval = await Run("evaluate", "--model", "deep-lstm", "--exchange", "binance", "--from", "2023-03-15", "--to", "2023-04-15", "--source", Source, "--json");
        Assert.True(eval.ExitCode == 0, eval.Error);
        using (var doc = JsonDocument.Parse(eval.Out))
        {
            var horizons = doc.RootElement.GetProperty("horizons");
            Assert.Equal(2, horizons.GetArrayLength());
            foreach (var h in horizons.EnumerateArray())
            {
                Assert.False(h.GetProperty("overlapsTraining").GetBoolean());
                Assert.True(h.GetProperty("model").GetProperty("n").GetInt32() > 1000); // every hourly bar of a month, both symbols
                Assert.Equal(3, h.GetProperty("baselines").GetArrayLength());
            }
        }

        var predict = await Run("predict", "--model", "deep-lstm", "--exchange", "binance", "--symbol", "BTC/USDT", "--at", "2023-04-01T12:30Z", "--source", Source, "--json");
        Assert.True(predict.ExitCode == 0, predict.Error);
        using (var doc = JsonDocument.Parse(predict.Out))
        {
            Assert.Equal(2, doc.RootElement.GetArrayLength());
            Assert.Equal(new DateTimeOffset(2023, 4, 1, 12, 0, 0, TimeSpan.Zero), doc.RootElement[0].GetProperty("asOf").GetDateTimeOffset());
            Assert.InRange(doc.RootElement[0].GetProperty("probabilityUp").GetDouble(), 0, 1);
        }

        Assert.Contains("lstm", (await Run("models", "show", "deep-lstm")).Out);
    }

    [TorchFact]
    public async Task Transformer_and_nbeats_train_through_the_cli_and_model_kind_stays_an_alias()
    {
        var transformer = await Run("train", "--symbols", "BTC/USDT", "--horizons", "1h", "--from", "2023-01-01", "--to", "2023-03-01", "--stride", "12h",
            "--name", "deep-tf", "--source", Source, "--json", "--model-kind", "transformer", "--epochs", "1", "--window", "6", "--hidden", "8");
        Assert.True(transformer.ExitCode == 0, transformer.Error);
        Assert.Contains("\"transformer\"", transformer.Out);

        var nbeats = await Train("deep-nbeats", "nbeats", "1h", "--epochs", "1", "--window", "6", "--hidden", "8", "--nbeats-stacks", "interpretable");
        Assert.True(nbeats.ExitCode == 0, nbeats.Error);
        using var meta = JsonDocument.Parse(nbeats.Out);
        Assert.Equal("nbeats", meta.RootElement.GetProperty("predictorKind").GetString());
        Assert.Equal("trend,seasonality", meta.RootElement.GetProperty("hyperparameters").GetProperty("nbeatsStacks").GetString());
    }

    [Theory]
    [InlineData("--epochs", "0", "--epochs: expected an integer >= 1, got 0")]
    [InlineData("--window", "0", "--window: expected an integer >= 1")]
    [InlineData("--device", "tpu", "--device: expected cpu or cuda")]
    [InlineData("--nbeats-stacks", "mixed", "--nbeats-stacks: expected generic or interpretable")]
    [InlineData("--search-budget", "4", "--search-budget applies to --model-type xgboost, stacked, regime-routed only")]
    public async Task Bad_deep_model_arguments_are_usage_errors_naming_the_option(string option, string value, string message)
    {
        var result = await Train("bad", "lstm", "1h", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }

    [Fact]
    public async Task A_negative_thread_count_is_a_usage_error()
    {
        var result = await Train("bad", "lstm", "1h", "--threads=-1");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--threads: expected an integer >= 0, got -1", result.Error);
    }

    [Fact]
    public async Task Unknown_model_types_and_deep_settings_with_xgboost_are_usage_errors()
    {
        var unknown = await Train("bad", "gru", "1h");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--model-type: expected xgboost, linear, stacked, regime-routed, lightgbm, fasttree, lstm, transformer or nbeats, got 'gru'", unknown.Error);

        var result = await Train("bad", "xgboost", "1h", "--epochs", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--epochs applies to --model-type lstm, transformer or nbeats, not xgboost", result.Error);
    }

    [Fact]
    public void Without_libtorch_the_deep_models_fail_with_the_reason()
    {
        var reason = "lstm unavailable: libLibTorchSharp.so requires GLIBCXX_3.4.32, which /usr/lib/x86_64-linux-gnu/libstdc++.so.6 lacks";
        var e = Assert.Throws<CliFailureException>(() => DeepTrainOptions.Require(new TorchPredictorResult(null, reason)));
        Assert.Contains("the torch models (lstm, transformer, nbeats) are unavailable on this machine", e.Message);
        Assert.Contains(reason, e.Message);
    }
}
