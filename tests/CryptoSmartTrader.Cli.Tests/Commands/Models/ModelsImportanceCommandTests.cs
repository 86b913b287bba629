using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary><c>cst models importance</c> on a small model trained on the real Binance hourly files.</summary>
public sealed class ModelsImportanceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-importance-").FullName;

    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--models-dir", _dir]);

    [Fact]
    public async Task Tree_and_permutation_importance_of_a_stored_model()
    {
        var train = await Run("train", "--symbols", "BTC/USDT", "--horizons", "1h", "--from", "2023-01-01", "--to", "2023-02-01",
            "--name", "imp", "--stride", "4h", "--source", Source);
        Assert.True(train.ExitCode == 0, train.Error);

        var gain = await Run("models", "importance", "imp", "--horizon", "1h", "--json");
        Assert.True(gain.ExitCode == 0, gain.Error);
        using (var doc = JsonDocument.Parse(gain.Out))
        {
            Assert.Equal("1h", doc.RootElement.GetProperty("horizon").GetString());
            Assert.Equal("gain", doc.RootElement.GetProperty("method").GetString());
            var scores = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("score").GetDouble()).ToArray();
            Assert.Equal(20, scores.Length);
            Assert.Equal(scores.OrderByDescending(s => s), scores);
        }

        var all = await Run("models", "importance", "imp", "--type", "weight", "--top", "0", "--json");
        Assert.True(all.ExitCode == 0, all.Error);
        using (var doc = JsonDocument.Parse(all.Out))
        {
            var features = doc.RootElement.GetProperty("features");
            Assert.Equal("1h", doc.RootElement.GetProperty("horizon").GetString());
            Assert.True(features.GetArrayLength() > 20); // every input column, used in a split or not
            Assert.Contains(features.EnumerateArray(), f => f.GetProperty("feature").GetString() == "symbol=BTC/USDT");
        }

        var text = await Run("models", "importance", "imp", "--top", "3");
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("imp 1h: gain importance", text.Out);
        Assert.Equal(4, text.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var perm = await Run("models", "importance", "imp", "--horizon", "1h", "--permutation", "--from", "2023-02-10", "--to", "2023-02-20",
            "--repeats", "1", "--source", Source, "--json");
        Assert.True(perm.ExitCode == 0, perm.Error);
        using (var doc = JsonDocument.Parse(perm.Out))
        {
            Assert.Equal("permutation-logloss", doc.RootElement.GetProperty("method").GetString());
            Assert.Equal(20, doc.RootElement.GetProperty("features").GetArrayLength());
        }

        Assert.Equal(2, (await Run("models", "importance", "imp", "--type", "splits")).ExitCode);
        Assert.Equal(2, (await Run("models", "importance", "imp", "--head", "both")).ExitCode);
        Assert.Equal(2, (await Run("models", "importance", "imp", "--top", "-1")).ExitCode);
        Assert.Equal(2, (await Run("models", "importance", "imp", "--horizon", "7d")).ExitCode);
        var noWindow = await Run("models", "importance", "imp", "--permutation");
        Assert.Equal(2, noWindow.ExitCode);
        Assert.Contains("--from", noWindow.Error);
        Assert.Equal(1, (await Run("models", "importance", "absent")).ExitCode);
    }
}
