using System.Text.Json.Nodes;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Trading.Packages;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary>The notebook sweep call on real BTC/USDT hourly candles (shared datasets).</summary>
public sealed class SweepFacadeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cst-research-sweep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static StrategyPackage Package() => new()
    {
        Universe = new UniverseSpec { Exchange = "binance", Timeframe = "1h", Symbols = ["BTC/USDT"] },
    };

    [Fact]
    public async Task A_package_sweep_gives_a_cell_per_combination_a_heatmap_and_the_files()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 20), Utc(2024, 2, 1));
        var result = Facade.Sweeps.Run([btc], Package(), ["fast=5,10,20", "alpha.sma.slow=40,80"], Utc(2024, 1, 1), Utc(2024, 2, 1), keepEquity: true);

        Assert.Equal(6, result.Cells.Count);
        Assert.All(result.Cells, c => Assert.True(c.Ok, c.Error));
        Assert.Equal(result.Steps, result.Cells[0].Equity!.Count);
        var heat = JsonNode.Parse(Plotly.NET.GenericChart.toFigureJson(Facade.Sweeps.Heatmap(result)))!["data"]![0]!;
        Assert.Equal("heatmap", heat["type"]!.GetValue<string>());
        Assert.Equal(2, heat["z"]!.AsArray().Count);      // rows: slow 40, 80
        Assert.Equal(3, heat["z"]![0]!.AsArray().Count);  // columns: fast 5, 10, 20

        await Facade.Sweeps.WriteAsync(result, _dir);
        foreach (var f in new[] { "cells.csv", "sweep.json", "report.html", "equity.csv" }) Assert.True(File.Exists(Path.Combine(_dir, f)), f);
    }

    [Fact]
    public void A_path_the_package_does_not_have_is_refused_before_running()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 20), Utc(2024, 1, 10));
        var ex = Assert.Throws<ArgumentException>(() => Facade.Sweeps.Run([btc], Package(), ["risk.maxPositon=0.1,0.2"], Utc(2024, 1, 1), Utc(2024, 1, 10)));
        Assert.Contains("risk.maxPositon", ex.Message, StringComparison.Ordinal);
        Assert.Contains("unknown key", ex.Message, StringComparison.Ordinal);
    }
}
