using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

/// <summary><c>cst backtest --stop-loss PCT</c>: protective stops after every entry.</summary>
public sealed class StopLossBacktestTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "cst-stop-bt-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task Stop_loss_sends_protective_stops_and_records_the_setting()
    {
        var r = await CliRunner.RunAsync("backtest", "--symbols", "BTC/USDT", "--from", "2024-01-01", "--to", "2024-03-01", "--fast", "10", "--slow", "40",
            "--stop-loss", "1", "--source", SharedDatasets.RootPath, "--out", _out, "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal("1", doc.RootElement.GetProperty("settings").GetProperty("costs").GetProperty("stopLossPercent").GetString());
        var orders = await File.ReadAllLinesAsync(Path.Combine(_out, "orders.csv"));
        var header = orders[0].Split(',');
        var type = Array.IndexOf(header, "type");
        var tag = Array.IndexOf(header, "tag");
        var stops = orders.Skip(1).Select(l => l.Split(',')).Where(f => f[type] == "StopMarket").ToArray();
        Assert.NotEmpty(stops);
        Assert.All(stops, f => Assert.Equal("protective-stop", f[tag]));
        Assert.Contains(File.ReadLines(Path.Combine(_out, "decisions.csv")), l => l.Contains("ProtectiveStop", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("100")]
    [InlineData("-2")]
    public async Task A_stop_loss_outside_0_to_100_percent_is_a_usage_error(string value)
    {
        var r = await CliRunner.RunAsync("backtest", "--symbols", "BTC/USDT", "--from", "2024-01-01", "--to", "2024-01-10", "--stop-loss", value,
            "--source", SharedDatasets.RootPath, "--out", _out);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--stop-loss", r.Error);
    }
}
