using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary>train → evaluate → predict → models list/show/promote/retire on the real Binance hourly files (CSV --source).</summary>
public sealed class ModelsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-models-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--models-dir", _dir]);

    [Fact]
    public async Task Train_evaluate_predict_and_manage_a_model()
    {
        var train = await Run("train", "--exchange", "binance", "--symbols", "BTC/USDT,ETH/USDT", "--timeframe", "1h", "--horizons", "1h,24h",
            "--from", "2023-01-01", "--to", "2023-04-01", "--name", "cli-test", "--stride", "4h", "--source", Source, "--json");
        Assert.True(train.ExitCode == 0, train.Error);
        using (var meta = JsonDocument.Parse(train.Out))
        {
            Assert.Equal("cli-test", meta.RootElement.GetProperty("name").GetString());
            Assert.Equal("Candidate", meta.RootElement.GetProperty("state").GetString());
            Assert.Equal(8, meta.RootElement.GetProperty("metrics").GetArrayLength()); // 2 horizons × (model + 3 baselines)
            Assert.True(meta.RootElement.GetProperty("trainTo").GetDateTimeOffset() <= new DateTimeOffset(2023, 4, 1, 0, 0, 0, TimeSpan.Zero));
        }

        var eval = await Run("evaluate", "--model", "cli-test", "--exchange", "binance", "--from", "2023-04-15", "--to", "2023-05-15", "--source", Source, "--json");
        Assert.True(eval.ExitCode == 0, eval.Error);
        using (var doc = JsonDocument.Parse(eval.Out))
        {
            var horizons = doc.RootElement.GetProperty("horizons");
            Assert.Equal(2, horizons.GetArrayLength());
            foreach (var h in horizons.EnumerateArray())
            {
                Assert.False(h.GetProperty("overlapsTraining").GetBoolean());
                var m = h.GetProperty("model");
                Assert.True(m.GetProperty("n").GetInt32() > 1000);
                foreach (var field in new[] { "auc", "brier", "logLoss", "ece", "coverage80", "coverage95", "gatePassShare", "gateHitRate" })
                {
                    Assert.True(m.TryGetProperty(field, out _), field);
                }

                Assert.Equal(3, h.GetProperty("baselines").GetArrayLength());
            }
        }

        var predict = await Run("predict", "--model", "cli-test", "--exchange", "binance", "--symbol", "BTC/USDT", "--at", "2023-05-01T12:30Z", "--source", Source, "--json");
        Assert.True(predict.ExitCode == 0, predict.Error);
        using (var doc = JsonDocument.Parse(predict.Out))
        {
            Assert.Equal(2, doc.RootElement.GetArrayLength());
            var p = doc.RootElement[0];
            Assert.Equal("BTC/USDT", p.GetProperty("symbol").GetString());
            Assert.Equal(new DateTimeOffset(2023, 5, 1, 12, 0, 0, TimeSpan.Zero), p.GetProperty("asOf").GetDateTimeOffset()); // last bar closed by 12:30
            Assert.InRange(p.GetProperty("confidence").GetDouble(), 0.5, 1);
        }

        var list = await Run("models", "list");
        Assert.Contains("cli-test", list.Out);
        Assert.Contains("candidate", list.Out);
        Assert.Equal(0, (await Run("models", "promote", "cli-test")).ExitCode);
        Assert.Contains("promoted", (await Run("models", "show", "cli-test")).Out);
        var again = await Run("models", "promote", "cli-test");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("only a candidate", again.Error);
        Assert.Equal(0, (await Run("models", "retire", "cli-test")).ExitCode);
        Assert.Equal(1, (await Run("train", "--symbols", "BTC/USDT", "--horizons", "1h", "--from", "2023-01-01", "--to", "2023-02-01",
            "--name", "cli-test", "--source", Source)).ExitCode); // name taken
    }

    [Fact]
    public async Task Unknown_models_and_bad_arguments_fail_with_clear_messages()
    {
        var missing = await Run("evaluate", "--model", "nope", "--from", "2023-01-01", "--to", "2023-02-01", "--source", Source);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("not found", missing.Error);

        var horizon = await Run("train", "--symbols", "BTC/USDT", "--horizons", "1x", "--name", "x", "--source", Source);
        Assert.Equal(2, horizon.ExitCode);
        Assert.Contains("--horizons", horizon.Error);

        var symbols = await Run("train", "--symbols", "BTCUSDT", "--name", "x", "--source", Source);
        Assert.Equal(2, symbols.ExitCode);
        Assert.Contains("--symbols", symbols.Error);

        var noFile = await Run("train", "--symbols", "NOPE/USDT", "--name", "x", "--from", "2023-01-01", "--to", "2023-02-01", "--source", Source);
        Assert.Equal(1, noFile.ExitCode);
        Assert.Contains("NOPE_USDT", noFile.Error);

        var badName = await Run("models", "show", "../x");
        Assert.Equal(1, badName.ExitCode);
        Assert.Contains("model name", badName.Error);
    }
}
