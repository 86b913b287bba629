using System.Text.Json.Nodes;
using CryptoSmartTrader.Research.Display;
using CryptoSmartTrader.Research.Session;
using Plotly.NET;
using static CryptoSmartTrader.Research.Tests.Session.SessionData;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary>The session's charts on real Binance candles, read back from the figure JSON plotly.js receives.</summary>
public sealed class ChartFacadeTests
{
    [Fact]
    public void Candle_chart_of_real_candles_carries_the_bars_and_overlays_value_for_value()
    {
        // 2018-02-07..11 holds Binance's 33-hour outage: the chart has no bars there (nothing drawn in, nothing filled).
        var btc = Hourly("BTC", Utc(2018, 2, 1), Utc(2018, 2, 11));
        var features = ResearchSession.Features(btc);

        var figure = Parse(ResearchSession.CandleChart(btc, features, "sma_20", "rsi_14"));

        var candles = Trace(figure, "price");
        Assert.Equal(btc.Close.ToArray(), Numbers(candles["close"]).Select(v => v!.Value));
        Assert.Equal(btc.High.ToArray(), Numbers(candles["high"]).Select(v => v!.Value));
        var x = candles["x"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(btc.Count, x.Length);
        Assert.Equal(DisplayValue.TimeMs(btc.OpenTimeMs[0]), x[0]);
        Assert.Equal(DisplayValue.TimeMs(btc.OpenTimeMs[^1]), x[^1]);
        Assert.Contains(Enumerable.Range(1, x.Length - 1), i => DateTime.Parse(x[i], null, System.Globalization.DateTimeStyles.AdjustToUniversal) -
            DateTime.Parse(x[i - 1], null, System.Globalization.DateTimeStyles.AdjustToUniversal) == TimeSpan.FromHours(34));

        var sma = Numbers(Trace(figure, "sma_20")["y"]);
        Assert.Null(sma[0]); // warm-up: a gap, not a number
        Assert.Equal(features["sma_20"][^1], sma[^1]!.Value, 9);
        Assert.Equal("y3", Trace(figure, "rsi_14")["yaxis"]!.GetValue<string>());
        Assert.Equal(btc.Volume.ToArray(), Numbers(Trace(figure, "volume")["y"]).Select(v => v!.Value));
    }

    [Fact]
    public void Equity_curve_of_a_real_backtest_matches_the_result()
    {
        var btc = Hourly("BTC", Utc(2023, 12, 20), Utc(2024, 2, 1));
        var result = Facade.Backtests.Run([btc], Facade.Backtests.SmaCrossBlueprint([btc], 10, 50, 5_000m), Utc(2024, 1, 1), Utc(2024, 2, 1), "sma-cross(10,50)", 200, 5_000m);

        var figure = Parse(Facade.Backtests.EquityCurve(result));

        Assert.Equal(result.Equity.Select(p => (double)p.Equity), Numbers(Trace(figure, "equity")["y"]).Select(v => v!.Value));
        Assert.All(Numbers(Trace(figure, "drawdown")["y"]), d => Assert.InRange(d!.Value, -1, 0));
        Assert.Equal("sma-cross(10,50): equity and drawdown", figure["layout"]!["title"]!["text"]!.GetValue<string>());
    }

    private static JsonNode Parse(GenericChart chart) => JsonNode.Parse(GenericChart.toFigureJson(chart))!;

    private static JsonObject Trace(JsonNode figure, string name) =>
        figure["data"]!.AsArray().Single(t => t!["name"]?.GetValue<string>() == name)!.AsObject();

    private static double?[] Numbers(JsonNode? array) => [.. array!.AsArray().Select(v => v is null ? (double?)null : v.GetValue<double>())];
}
