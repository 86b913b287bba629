namespace CryptoSmartTrader.Cli.Tests.Commands.Report;

public sealed class ReportBacktestCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-cli-report-" + Guid.NewGuid().ToString("N")[..12]);

    public ReportBacktestCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { /* best effort */ }
    }

    // A result folder in the cst-backtest-result/1 layout (see ResultsWriter), written by hand.
    private string ResultFolder(string format = "cst-backtest-result/1", string secondEquity = "10100")
    {
        var dir = Path.Combine(_dir, "run");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "result.json"), $$"""
            { "format": "{{format}}", "settings": { "strategy": "sma-cross", "exchange": "binance", "symbols": ["BTC/USDT"], "timeframe": "1h",
              "from": "2024-01-01T00:00:00Z", "to": "2024-03-01T00:00:00Z", "initialCash": 10000, "costs": { "takerFeeBps": "10", "slippage": "fixed:2bps" } },
              "metrics": { "totalReturn": 0.05, "sharpe": 1.234567, "trades": 2, "profitFactor": null }, "orderListHash": "abc" }
            """);
        File.WriteAllText(Path.Combine(dir, "equity.csv"),
            "time,equity,gross_exposure,net_exposure,drawdown,benchmark_equity\n" +
            "2024-01-01T01:00:00Z,10000,0,0,0,10000\n" +
            $"2024-01-31T01:00:00Z,{secondEquity},5000,5000,0,10200\n" +
            "2024-02-29T01:00:00Z,10500,0,0,0,10100\n");
        File.WriteAllText(Path.Combine(dir, "trades.csv"),
            "symbol,direction,entry_time,exit_time,quantity,entry_price,exit_price,gross_pnl,fees,net_pnl,return,fills\n" +
            "BTC/USDT,long,2024-01-02T00:00:00Z,2024-01-20T00:00:00Z,0.1,40000,41000,100,4,96,0.024,2\n");
        return dir;
    }

    [Fact]
    public async Task Tearsheet_has_metrics_charts_trades_and_assumptions()
    {
        var output = Path.Combine(_dir, "report.html");

        var r = await CliRunner.RunAsync("report", "backtest", ResultFolder(), "--out", output);

        Assert.True(r.ExitCode == 0, r.Error);
        var html = await File.ReadAllTextAsync(output);
        Assert.Contains("<title>Backtest: sma-cross on binance BTC/USDT 1h</title>", html);
        Assert.Contains("<tr><td>totalReturn</td><td>5.00%</td></tr>", html);
        Assert.Contains("<tr><td>sharpe</td><td>1.2346</td></tr>", html);
        Assert.Contains("<tr><td>profitFactor</td><td>n/a</td></tr>", html);
        Assert.Contains("Plotly.newPlot('chart-3'", html);
        Assert.Contains("<td>BTC/USDT</td><td>long</td><td>2024-01-02T00:00:00Z</td><td>2024-01-20T00:00:00Z</td><td>96</td><td>2.40%</td>", html);
        Assert.Contains("<tr><td>costs.takerFeeBps</td><td>10</td></tr>", html);
        Assert.Contains("No bias checks recorded", html);
        Assert.Contains("buy and hold", html);
    }

    [Fact]
    public async Task Unknown_format_is_a_failure_naming_the_file()
    {
        var r = await CliRunner.RunAsync("report", "backtest", ResultFolder(format: "other/9"), "--out", Path.Combine(_dir, "x.html"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("result.json: format is 'other/9', expected 'cst-backtest-result/1'", r.Error);
    }

    [Fact]
    public async Task Summary_without_a_field_that_identifies_the_run_is_a_failure_naming_the_file_and_the_field()
    {
        var folder = ResultFolder();
        var json = Path.Combine(folder, "result.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("\"symbols\": [\"BTC/USDT\"], ", "", StringComparison.Ordinal));

        var r = await CliRunner.RunAsync("report", "backtest", folder, "--out", Path.Combine(_dir, "x.html"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("result.json: not a cst-backtest-result/1 summary", r.Error);
        Assert.Contains("'symbols'", r.Error);
        Assert.DoesNotContain("   at ", r.Error);
    }

    [Fact]
    public async Task Bad_equity_value_names_file_row_and_column()
    {
        var r = await CliRunner.RunAsync("report", "backtest", ResultFolder(secondEquity: "lots"), "--out", Path.Combine(_dir, "x.html"));

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("equity.csv row 2: equity 'lots' is not a number", r.Error);
    }

    [Fact]
    public async Task Missing_folder_is_a_usage_error()
    {
        var r = await CliRunner.RunAsync("report", "backtest", Path.Combine(_dir, "nope"), "--out", Path.Combine(_dir, "x.html"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("does not exist", r.Error);
    }
}
