using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Sweep;

/// <summary><c>cst sweep</c> on two months of real Binance BTC/USDT hourly bars from the shared datasets.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "cst-sweep-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var d in new[] { _out, _out + "-bt" }) if (Directory.Exists(d)) Directory.Delete(d, recursive: true);
    }

    private static string[] Selection(params string[] extra) =>
        ["--symbols", "BTC/USDT", "--timeframe", "1h", "--from", "2024-01-01", "--to", "2024-03-01", "--source", SharedDatasets.RootPath, .. extra];

    [Fact]
    public async Task Each_cell_is_the_backtest_of_its_parameters_and_the_files_carry_the_selection_statistics()
    {
        var r = await CliRunner.RunAsync(["sweep", .. Selection("--param", "fast=8,10", "--param", "alpha.sma.slow=40,60", "--param", "stop-loss=0,3", "--out", _out, "--json")]);
        Assert.True(r.ExitCode == 0, r.Error);
        foreach (var f in new[] { "cells.csv", "sweep.json", "report.html" }) Assert.True(File.Exists(Path.Combine(_out, f)), f);

        var bt = await CliRunner.RunAsync(["backtest", .. Selection("--fast", "10", "--slow", "60", "--stop-loss", "3", "--out", _out + "-bt", "--json")]);
        Assert.True(bt.ExitCode == 0, bt.Error);
        using var single = JsonDocument.Parse(bt.Out);
        using var sweep = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "sweep.json")));
        var cells = sweep.RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(8, cells.Length);
        var same = cells.Single(c => c.GetProperty("parameters").GetProperty("fast").GetDouble() == 10
            && c.GetProperty("parameters").GetProperty("alpha.sma.slow").GetDouble() == 60 && c.GetProperty("parameters").GetProperty("stop-loss").GetDouble() == 3);
        Assert.Equal(single.RootElement.GetProperty("orderListHash").GetString(), same.GetProperty("orderListHash").GetString());
        Assert.Equal(single.RootElement.GetProperty("metrics").GetProperty("trades").GetInt32(), same.GetProperty("metrics").GetProperty("trades").GetInt32());

        var selection = sweep.RootElement.GetProperty("selection");
        Assert.Equal(8, sweep.RootElement.GetProperty("trials").GetInt32());
        Assert.InRange(selection.GetProperty("pbo").GetDouble(), 0, 1);
        Assert.InRange(selection.GetProperty("bestDeflatedSharpe").GetDouble(), 0, 1);
        var html = await File.ReadAllTextAsync(Path.Combine(_out, "report.html"));
        Assert.Contains("Deflated Sharpe", html, StringComparison.Ordinal);
        Assert.Contains("\"heatmap\"", html, StringComparison.Ordinal);
        Assert.Equal(9, (await File.ReadAllLinesAsync(Path.Combine(_out, "cells.csv"))).Length);
    }

    [Fact]
    public async Task A_path_the_package_does_not_have_is_a_usage_error_naming_the_nearest_key()
    {
        var r = await CliRunner.RunAsync(["sweep", .. Selection("--param", "alpha.sma.fsat=5,10", "--out", _out)]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("alpha.sma.fsat", r.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'fast'", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_parameter_is_a_usage_error_naming_the_accepted_forms()
    {
        var r = await CliRunner.RunAsync(["sweep", .. Selection("--param", "fast=10:5:1", "--out", _out)]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("from <= to and step > 0", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_without_random_search_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync(["sweep", .. Selection("--param", "fast=5..20:int", "--out", _out)]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("random search", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_cells_are_reported_and_the_valid_ones_still_run()
    {
        var r = await CliRunner.RunAsync(["sweep", .. Selection("--param", "fast=10,50", "--param", "slow=40", "--out", _out)]);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("invalid", r.Out, StringComparison.Ordinal);
        Assert.Contains("Slow must be > Fast", r.Out, StringComparison.Ordinal);
    }
}
