using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Strategies;

/// <summary>cst strategies promote|list|show|retire over a temporary store, with a package made by cst backtest on real data.</summary>
public sealed class StrategiesCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-strategies-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Store => Path.Combine(_dir, "store");

    private async Task<string> PackageAsync(string name, params string[] extra)
    {
        var output = Path.Combine(_dir, name);
        var r = await CliRunner.RunAsync(["backtest", "--symbols", "BTC/USDT", "--from", "2024-01-01", "--to", "2024-01-20", "--source", SharedDatasets.RootPath, "--out", output, .. extra]);
        Assert.True(r.ExitCode == 0, r.Error);
        return Path.Combine(output, "package.json");
    }

    [Fact]
    public async Task Promote_list_show_and_retire_a_package()
    {
        var first = await PackageAsync("a");
        var second = await PackageAsync("b", "--fast", "5", "--slow", "30");
        var p1 = await CliRunner.RunAsync("strategies", "promote", first, "--store", Store);
        Assert.True(p1.ExitCode == 0, p1.Error);
        Assert.Contains("promoted sma-cross-20-50@v1", p1.Out, StringComparison.Ordinal);
        var p2 = await CliRunner.RunAsync("strategies", "promote", second, "--store", Store, "--json");
        Assert.True(p2.ExitCode == 0, p2.Error);

        var list = await CliRunner.RunAsync("strategies", "list", "--store", Store, "--json");
        using (var doc = JsonDocument.Parse(list.Out))
        {
            var states = doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("state").GetString());
            Assert.Equal("Stored", states["sma-cross-20-50"]);
            Assert.Equal("Promoted", states["sma-cross-5-30"]);
        }

        var show = await CliRunner.RunAsync("strategies", "show", "promoted", "--store", Store);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("\"fast\": 5", show.Out, StringComparison.Ordinal);

        var run = await CliRunner.RunAsync("backtest", "--package", "promoted", "--store", Store, "--from", "2024-01-01", "--to", "2024-01-20",
            "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "c"), "--json");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("sma-cross(5,30)", run.Out, StringComparison.Ordinal);

        var retire = await CliRunner.RunAsync("strategies", "retire", "promoted", "--store", Store);
        Assert.True(retire.ExitCode == 0, retire.Error);
        Assert.Contains("retired sma-cross-5-30@v1", retire.Out, StringComparison.Ordinal);
        var none = await CliRunner.RunAsync("strategies", "show", "promoted", "--store", Store);
        Assert.NotEqual(0, none.ExitCode);
        Assert.Contains("no package is promoted", none.Error, StringComparison.Ordinal);
        var retired = await CliRunner.RunAsync("backtest", "--package", "sma-cross-5-30@v1", "--store", Store, "--from", "2024-01-01", "--to", "2024-01-20",
            "--source", SharedDatasets.RootPath, "--out", Path.Combine(_dir, "d"));
        Assert.NotEqual(0, retired.ExitCode);
        Assert.Contains("is retired", retired.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_package_name_lists_the_stored_ones()
    {
        var first = await PackageAsync("a");
        Assert.Equal(0, (await CliRunner.RunAsync("strategies", "promote", first, "--store", Store)).ExitCode);
        var r = await CliRunner.RunAsync("strategies", "show", "sma-crossx", "--store", Store);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("no package named 'sma-crossx'", r.Error, StringComparison.Ordinal);
        Assert.Contains("stored: sma-cross-20-50", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promoting_an_invalid_file_names_the_field()
    {
        Directory.CreateDirectory(_dir);
        var file = Path.Combine(_dir, "bad.json");
        await File.WriteAllTextAsync(file, """{ "universe": { "symbols": ["BTC/USDT"] }, "venue": { "slippage": "linear" } }""");
        var r = await CliRunner.RunAsync("strategies", "promote", file, "--store", Store);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("venue.slippage: expected fixed:BPS, sqrt[:COEF] or book, got 'linear'", r.Error, StringComparison.Ordinal);
    }
}
