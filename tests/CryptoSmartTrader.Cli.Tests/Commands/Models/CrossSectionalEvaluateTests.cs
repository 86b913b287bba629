using System.Text.Json;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary><c>cst evaluate --cross-sectional</c> on the real Binance hourly files, and one test per kind of bad input.</summary>
public sealed class CrossSectionalEvaluateTests
{
    private static string Source => SharedDatasets.PathOf("candles", "binance_spot_1h");
    private const string Six = "BTC/USDT,ETH/USDT,BNB/USDT,XRP/USDT,LTC/USDT,ADA/USDT";

    private static Task<CliRunner.Result> Run(params string[] args) =>
        CliRunner.RunAsync(["evaluate", "--cross-sectional", "--source", Source, "--history-from", "2023-01-01", .. args]);

    [Fact]
    public async Task Ranks_the_universe_and_reports_models_baselines_and_benchmarks_as_json()
    {
        var r = await Run("--symbols", Six, "--from", "2023-06-01", "--to", "2023-09-01", "--horizons", "24h", "--model-type", "linear", "--target", "beta", "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using var doc = JsonDocument.Parse(r.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["model:linear", "momentum-7d", "momentum-30d", "reversal-1h", "reversal-24h", "random", "equal-weight", "buy-hold BTC"],
            rows.Select(x => x.GetProperty("scorer").GetString()));
        Assert.Equal(12, doc.RootElement.GetProperty("trials").GetInt32());
        Assert.Equal("BetaAdjusted", doc.RootElement.GetProperty("target").GetString());
        Assert.True(rows[0].GetProperty("bars").GetInt32() > 2000);
        Assert.NotEmpty(doc.RootElement.GetProperty("years").EnumerateArray());
    }

    [Fact]
    public async Task Text_output_is_a_table_with_the_deflation_note()
    {
        var r = await Run("--symbols", Six, "--from", "2023-06-01", "--to", "2023-07-01", "--horizons", "24h", "--model-type", "none");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("rank IC", r.Out);
        Assert.Contains("DSR deflates each book's Sharpe by the 10 books tried", r.Out);
    }

    [Fact]
    public async Task Missing_universe_is_a_usage_error()
    {
        var r = await Run("--from", "2023-06-01", "--to", "2023-07-01");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--symbols: --cross-sectional needs the universe", r.Error);
    }

    [Fact]
    public async Task Too_few_symbols_is_a_usage_error()
    {
        var r = await Run("--symbols", "BTC/USDT,ETH/USDT", "--from", "2023-06-01", "--to", "2023-07-01");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("at least 4 symbols, got 2", r.Error);
    }

    [Fact]
    public async Task A_universe_without_btc_is_a_usage_error()
    {
        var r = await Run("--symbols", "ETH/USDT,BNB/USDT,XRP/USDT,LTC/USDT", "--from", "2023-06-01", "--to", "2023-07-01");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("must hold BTC", r.Error);
    }

    [Fact]
    public async Task Bad_book_size_is_a_usage_error()
    {
        var r = await Run("--symbols", Six, "--from", "2023-06-01", "--to", "2023-07-01", "--top-k", "0");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--top-k: expected >= 1, got 0", r.Error);
    }

    [Fact]
    public async Task Unknown_target_is_a_usage_error()
    {
        var r = await Run("--symbols", Six, "--from", "2023-06-01", "--to", "2023-07-01", "--target", "sharpe");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--target: expected rank, demeaned or beta, got 'sharpe'", r.Error);
    }

    [Fact]
    public async Task Unknown_model_kind_names_the_registered_ones()
    {
        var r = await Run("--symbols", Six, "--from", "2023-06-01", "--to", "2023-07-01", "--model-type", "magic");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--model-type: expected xgboost", r.Error);
    }

    [Fact]
    public async Task Evaluate_without_a_model_or_cross_section_says_what_is_needed()
    {
        var r = await CliRunner.RunAsync("evaluate", "--from", "2023-06-01", "--to", "2023-07-01", "--source", Source);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--model: required (or pass --cross-sectional", r.Error);
    }
}
