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

    [Fact]
    public async Task Verdicts_recorded_into_a_result_folder_appear_in_the_tearsheet()
    {
        var dir = Directory.CreateTempSubdirectory("cst-bias-").FullName;
        var run = Path.Combine(dir, "run");
        var backtest = await CliRunner.RunAsync(["backtest", "--strategy", "sma-cross", .. Selection, "--out", run]);
        Assert.True(backtest.ExitCode == 0, backtest.Error);

        Assert.Equal(0, (await CliRunner.RunAsync(["analyze", "lookahead", .. Selection, "--points", "3", "--into", run])).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(["analyze", "recursive", .. Selection, "--warmups", "0,200", "--features", "none", "--into", run])).ExitCode);

        using (var bias = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run, "bias.json"))))
        {
            // Each check keeps its own entry: the second run did not erase the first.
            Assert.False(bias.RootElement.GetProperty("lookahead").GetProperty("hasBias").GetBoolean());
            Assert.Equal(200, bias.RootElement.GetProperty("recursive").GetProperty("referenceWarmupBars").GetInt32());
        }

        var html = Path.Combine(dir, "report.html");
        Assert.Equal(0, (await CliRunner.RunAsync("report", "backtest", run, "--out", html)).ExitCode);
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("referenceWarmupBars", page, StringComparison.Ordinal);
        Assert.DoesNotContain("bias.json is absent", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Into_a_missing_folder_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync(["analyze", "lookahead", .. Selection, "--points", "2", "--into", Path.Combine(Path.GetTempPath(), "cst-no-such-run-dir")]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--into", r.Error, StringComparison.Ordinal);
    }
}
