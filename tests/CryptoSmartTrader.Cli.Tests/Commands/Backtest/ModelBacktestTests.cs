using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

/// <summary>A model trained with <c>cst train</c> backtested out of sample with <c>cst backtest --model</c>.</summary>
public sealed class ModelBacktestTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-model-bt-" + Guid.NewGuid().ToString("N"));
    private static string Candles => Path.Combine(SharedDatasets.RootPath, "candles", "binance_spot_1h");

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task A_registered_model_trades_out_of_sample_and_in_sample_is_refused()
    {
        var models = Path.Combine(_dir, "models");
        var train = await CliRunner.RunAsync("train", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h", "--horizons", "1h",
            "--from", "2023-01-01", "--to", "2023-03-01", "--name", "bt-test", "--model-kind", "linear", "--stride", "12h", "--source", Candles, "--models-dir", models, "--json");
        Assert.True(train.ExitCode == 0, train.Error);

        var run = await CliRunner.RunAsync("backtest", "--model", "bt-test", "--models-dir", models, "--symbols", "BTC/USDT", "--from", "2023-03-15",
            "--to", "2023-04-15", "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "run"), "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("model:bt-test", doc.RootElement.GetProperty("settings").GetProperty("strategy").GetString());
        Assert.True(doc.RootElement.GetProperty("counts").GetProperty("decisions").GetInt32() >= 0);
        Assert.True(File.Exists(Path.Combine(_dir, "run", "equity.csv")));

        var inSample = await CliRunner.RunAsync("backtest", "--model", "bt-test", "--models-dir", models, "--symbols", "BTC/USDT", "--from", "2023-02-01",
            "--to", "2023-04-15", "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "run2"));
        Assert.Equal(1, inSample.ExitCode);
        Assert.Contains("in-sample", inSample.Error);

        var unknown = await CliRunner.RunAsync("backtest", "--model", "nope", "--models-dir", models, "--symbols", "BTC/USDT", "--from", "2023-03-15",
            "--to", "2023-04-15", "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "run3"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--model nope", unknown.Error);
    }
}
