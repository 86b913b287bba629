using System.Globalization;
using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Backtest;

/// <summary>Short real-data runs (Binance BTC/USDT hourly from the shared datasets) through the whole command.</summary>
public sealed class BacktestCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "cst-backtest-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    private static string[] Args(params string[] extra) =>
    [
        "backtest", "--strategy", "sma-cross", "--exchange", "binance", "--symbols", "BTC/USDT", "--timeframe", "1h",
        "--from", "2024-01-01", "--to", "2024-03-01", "--source", SharedDatasets.RootPath, .. extra,
    ];

    [Fact]
    public async Task Two_months_of_btc_write_consistent_files()
    {
        var r = await CliRunner.RunAsync(Args("--fast", "10", "--slow", "40", "--slippage", "fixed:5", "--latency", "250ms", "--out", _out, "--json"));
        Assert.True(r.ExitCode == 0, r.Error);
        foreach (var f in new[] { "result.json", "equity.csv", "trades.csv", "orders.csv", "fills.csv", "decisions.csv" })
        {
            Assert.True(File.Exists(Path.Combine(_out, f)), f);
        }

        using var stdout = JsonDocument.Parse(r.Out);
        using var file = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_out, "result.json")));
        var metrics = file.RootElement.GetProperty("metrics");
        Assert.Equal(file.RootElement.GetProperty("orderListHash").GetString(), stdout.RootElement.GetProperty("orderListHash").GetString());
        Assert.True(file.RootElement.GetProperty("counts").GetProperty("orders").GetInt32() > 0);

        var equity = await File.ReadAllLinesAsync(Path.Combine(_out, "equity.csv"));
        var last = equity[^1].Split(',');
        Assert.Equal("2024-03-01T00:00:00Z", last[0]);
        Assert.Equal("2024-01-01T00:00:00Z", equity[1].Split(',')[0]);
        Assert.Equal(metrics.GetProperty("finalEquity").GetDecimal(), decimal.Parse(last[1], CultureInfo.InvariantCulture));
        var initial = metrics.GetProperty("initialEquity").GetDecimal();
        var total = metrics.GetProperty("totalReturn").GetDouble();
        Assert.Equal((double)(decimal.Parse(last[1], CultureInfo.InvariantCulture) / initial) - 1, total, 9);

        var trades = (await File.ReadAllLinesAsync(Path.Combine(_out, "trades.csv"))).Skip(1).ToArray();
        Assert.Equal(metrics.GetProperty("trades").GetInt32(), trades.Length);
        Assert.Equal("binance", file.RootElement.GetProperty("settings").GetProperty("exchange").GetString());
        Assert.Equal("fixed:5", file.RootElement.GetProperty("settings").GetProperty("costs").GetProperty("slippage").GetString());
        Assert.Equal("250", file.RootElement.GetProperty("settings").GetProperty("costs").GetProperty("latencyMs").GetString());
        Assert.True(metrics.GetProperty("feesPaid").GetDecimal() > 0);
        // BTC rose from about 42.3k to 61.1k over these two months.
        Assert.InRange(metrics.GetProperty("benchmarkTotalReturn").GetDouble(), 0.40, 0.48);
    }

    [Fact]
    public async Task Same_run_twice_gives_the_same_hash_and_text_output_names_it()
    {
        var a = await CliRunner.RunAsync(Args("--out", _out, "--json"));
        var b = await CliRunner.RunAsync(Args("--out", _out + "-b"));
        try
        {
            Assert.Equal(0, a.ExitCode);
            Assert.Equal(0, b.ExitCode);
            using var doc = JsonDocument.Parse(a.Out);
            Assert.Contains(doc.RootElement.GetProperty("orderListHash").GetString()!, b.Out);
        }
        finally
        {
            if (Directory.Exists(_out + "-b")) Directory.Delete(_out + "-b", recursive: true);
        }
    }

    [Fact]
    public async Task Walk_forward_runs_on_real_data()
    {
        var r = await CliRunner.RunAsync("backtest", "--symbols", "BTC/USDT", "--from", "2024-01-01", "--to", "2024-03-15",
            "--walk-forward", "--train-days", "30", "--test-days", "15", "--source", SharedDatasets.RootPath, "--out", _out, "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        Assert.Equal(3, doc.RootElement.GetProperty("windows").GetArrayLength());
        Assert.Equal(6, doc.RootElement.GetProperty("metrics").GetProperty("trials").GetInt32());
        Assert.True(doc.RootElement.GetProperty("settings").GetProperty("walkForward").GetBoolean());
        var equity = await File.ReadAllLinesAsync(Path.Combine(_out, "equity.csv"));
        Assert.Equal("2024-01-31T01:00:00Z", equity[1].Split(',')[0]);
    }

    [Theory]
    [InlineData("--slippage", "wild")]
    [InlineData("--latency", "soon")]
    [InlineData("--fees", "a,b")]
    [InlineData("--strategy", "rsi")]
    [InlineData("--to", "2023-12-01")]
    [InlineData("--symbols", "BTCUSDT")]
    [InlineData("--warmup", "-1")]
    public async Task Bad_options_are_usage_errors_naming_the_option(string option, string value)
    {
        var args = Args("--out", _out).ToList();
        var i = args.IndexOf(option);
        if (i >= 0) args[i + 1] = value; else args.AddRange([option, value]);
        var r = await CliRunner.RunAsync([.. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(option, r.Error);
    }

    [Fact]
    public async Task A_period_without_data_fails_with_a_reason()
    {
        var r = await CliRunner.RunAsync("backtest", "--symbols", "BTC/USDT", "--from", "2030-01-01", "--to", "2030-02-01",
            "--source", SharedDatasets.RootPath, "--out", _out);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no binance BTC/USDT 1h bars", r.Error);
    }
}
