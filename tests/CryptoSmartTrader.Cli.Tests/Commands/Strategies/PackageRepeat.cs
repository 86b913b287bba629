using System.Text.Json;

namespace CryptoSmartTrader.Cli.Tests.Commands.Strategies;

/// <summary>Backtests a package twice through the CLI: it must name its alpha, trade, and send the same orders both times.</summary>
internal static class PackageRepeat
{
    public static async Task AssertTradesAndRepeatsAsync(string dir, string package, string[] period, string alphaName)
    {
        var a = await CliRunner.RunAsync(["backtest", "--package", package, .. period, "--out", Path.Combine(dir, "a")]);
        Assert.True(a.ExitCode == 0, a.Error);
        Assert.Contains(alphaName, a.Out);
        var b = await CliRunner.RunAsync(["backtest", "--package", package, .. period, "--out", Path.Combine(dir, "b")]);
        Assert.True(b.ExitCode == 0, b.Error);
        using var ra = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "a", "result.json")));
        using var rb = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "b", "result.json")));
        Assert.True(ra.RootElement.GetProperty("counts").GetProperty("orders").GetInt32() > 0);
        Assert.Equal(ra.RootElement.GetProperty("orderListHash").GetString(), rb.RootElement.GetProperty("orderListHash").GetString());
    }
}
