using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

/// <summary><c>cst backtest --model NAME --walk-forward</c> on a short slice of the shared Binance hourly data.</summary>
public sealed class ModelWalkForwardTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-model-wf-" + Guid.NewGuid().ToString("N"));
    private static string Candles => Path.Combine(SharedDatasets.RootPath, "candles", "binance_spot_1h");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Walk_forward_retrains_the_models_recipe_per_window_and_records_purged_training_spans()
    {
        var models = Path.Combine(_dir, "models");
        var train = await CliRunner.RunAsync("train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h",
            "--from", "2023-01-01", "--to", "2023-03-01", "--name", "wf-cli", "--model-kind", "linear", "--stride", "12h", "--source", Candles, "--models-dir", models, "--json");
        Assert.True(train.ExitCode == 0, train.Error);

        // The period overlaps the registered model's training on purpose: walk-forward never trades the registered model itself.
        string[] args = ["backtest", "--model", "wf-cli", "--models-dir", models, "--symbols", "BTC/USDT", "--from", "2023-02-01", "--to", "2023-03-31",
            "--walk-forward", "--train-days", "28", "--test-days", "15", "--source", SharedDatasets.RootPath, "--json"];
        var run = await CliRunner.RunAsync([.. args, "--train-stride", "6h", "--out", Path.Combine(_dir, "run")]);
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "run", "result.json")));
        var root = doc.RootElement;
        Assert.Equal("model:wf-cli walk-forward (linear, 1h)", root.GetProperty("settings").GetProperty("strategy").GetString());
        Assert.True(root.GetProperty("settings").GetProperty("walkForward").GetBoolean());
        var windows = root.GetProperty("windows").EnumerateArray().ToArray();
        Assert.Equal(2, windows.Length); // out-of-sample (2023-03-01, 03-16] and (03-16, 03-31]
        foreach (var w in windows)
        {
            var testFrom = T(w.GetProperty("trainTo"));
            var training = w.GetProperty("training");
            Assert.Equal($"wf-cli-wf{w.GetProperty("index").GetInt32()}", training.GetProperty("model").GetString());
            Assert.True(T(training.GetProperty("firstSample")) >= T(w.GetProperty("trainFrom")));
            Assert.True(T(training.GetProperty("labelsEnd")) <= testFrom.AddHours(-1), "labels must end one horizon before the test window");
        }

        var again = await CliRunner.RunAsync([.. args, "--train-stride", "6h", "--out", Path.Combine(_dir, "run2")]);
        Assert.True(again.ExitCode == 0, again.Error);
        using var doc2 = JsonDocument.Parse(again.Out);
        Assert.Equal(root.GetProperty("orderListHash").GetString(), doc2.RootElement.GetProperty("orderListHash").GetString());

        var badStride = await CliRunner.RunAsync([.. args, "--train-stride", "soon", "--out", Path.Combine(_dir, "run3")]);
        Assert.Equal(2, badStride.ExitCode);
        Assert.Contains("--train-stride", badStride.Error);

        var withoutWalkForward = await CliRunner.RunAsync("backtest", "--model", "wf-cli", "--models-dir", models, "--symbols", "BTC/USDT", "--from", "2023-03-15",
            "--to", "2023-04-01", "--train-rounds", "5", "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "run4"));
        Assert.Equal(2, withoutWalkForward.ExitCode);
        Assert.Contains("only with --model NAME --walk-forward", withoutWalkForward.Error);
    }

    private static DateTimeOffset T(JsonElement e) => DateTimeOffset.Parse(e.GetString()!, CultureInfo.InvariantCulture);
}
