using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

public sealed class AnalyzeCommandTests
{
    private static string[] Selection => ["--symbols", "BTC/USDT", "--from", "2024-01-01", "--to", "2024-01-20", "--source", SharedDatasets.RootPath];

    [Fact]
    public async Task Lookahead_finds_no_bias_in_sma_cross_and_ta_features()
    {
        var r = await CliRunner.RunAsync(["analyze", "lookahead", .. Selection, "--points", "5", "--json"]);
        Assert.True(r.ExitCode == 0, r.Error + r.Out);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.False(doc.RootElement.GetProperty("hasBias").GetBoolean());
        Assert.Equal(5, doc.RootElement.GetProperty("points").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("featuresCompared").GetInt32() > 0);
    }

    [Fact]
    public async Task Recursive_reports_each_warm_up()
    {
        var r = await CliRunner.RunAsync(["analyze", "recursive", .. Selection, "--warmups", "0,60,200", "--features", "none", "--json"]);
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(200, doc.RootElement.GetProperty("referenceWarmupBars").GetInt32());
        Assert.Equal(3, doc.RootElement.GetProperty("rows").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("rows")[0].GetProperty("insightDeviations").GetInt32() > 0);
    }

    [Fact]
    public async Task Bad_warmups_and_points_are_usage_errors()
    {
        Assert.Equal(2, (await CliRunner.RunAsync(["analyze", "recursive", .. Selection, "--warmups", "50"])).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync(["analyze", "lookahead", .. Selection, "--points", "0"])).ExitCode);
    }
}
