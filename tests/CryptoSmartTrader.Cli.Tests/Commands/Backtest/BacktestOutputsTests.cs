using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

/// <summary><c>cst backtest --outputs</c>: result.json always, the CSV files asked for only.</summary>
public sealed class BacktestOutputsTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "cst-outputs-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private static string[] Args(params string[] extra) =>
    [
        "backtest", "--symbols", "BTC/USDT", "--timeframe", "1h", "--from", "2024-01-01", "--to", "2024-02-01", "--source", SharedDatasets.RootPath, .. extra,
    ];

    [Fact]
    public async Task Only_the_files_asked_for_are_written_besides_result_json()
    {
        var r = await CliRunner.RunAsync(Args("--outputs", "equity,trades", "--out", _out));
        Assert.True(r.ExitCode == 0, r.Error);
        var written = Directory.GetFiles(_out, "*.csv").Select(f => Path.GetFileName(f)!).Order().ToArray();
        Assert.Equal(["equity.csv", "trades.csv"], written);
        Assert.True(File.Exists(Path.Combine(_out, "result.json")));
    }

    [Fact]
    public async Task None_writes_result_json_alone()
    {
        var r = await CliRunner.RunAsync(Args("--outputs", "none", "--out", _out));
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Empty(Directory.GetFiles(_out, "*.csv"));
        Assert.True(File.Exists(Path.Combine(_out, "result.json")));
    }

    [Fact]
    public async Task An_unknown_file_name_is_a_usage_error_listing_the_names()
    {
        var r = await CliRunner.RunAsync(Args("--outputs", "equity,orderz", "--out", _out));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'orderz'", r.Error, StringComparison.Ordinal);
        Assert.Contains("equity,trades,orders,fills,decisions", r.Error, StringComparison.Ordinal);
    }
}
