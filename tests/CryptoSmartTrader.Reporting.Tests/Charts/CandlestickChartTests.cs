using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Reporting.Charts;
using Plotly.NET.CSharp;

namespace CryptoSmartTrader.Reporting.Tests.Charts;

public sealed class CandlestickChartTests
{
    private static CandleSeries SyntheticSeries()
    {
        var b = new CandleSeriesBuilder(Exchange.Binance, Symbol.Parse("BTC/USDT"), Timeframe.H1);
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        b.Add(Candle.Create(Timeframe.H1, t0, 100m, 110m, 95m, 105m, 12m));
        b.Add(Candle.Create(Timeframe.H1, t0.AddHours(1), 105m, 106m, 90m, 92m, 30m));
        b.Add(Candle.Create(Timeframe.H1, t0.AddHours(2), 92m, 99m, 91m, 98m, 7m));
        return b.Build();
    }

    [Fact]
    public void Candles_overlays_and_volume_map_to_plotly_traces_and_axes()
    {
        var figure = CandlestickChart.Create(SyntheticSeries(), [new IndicatorOverlay("sma2", [double.NaN, 98.5, 95.0])]);

        var candles = FigureJson.Trace(figure, "price");
        Assert.Equal("candlestick", candles["type"]!.GetValue<string>());
        Assert.Equal(["2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z"], FigureJson.Strings(candles["x"]));
        Assert.Equal([100.0, 105.0, 92.0], FigureJson.Numbers(candles["open"]));
        Assert.Equal([110.0, 106.0, 99.0], FigureJson.Numbers(candles["high"]));
        Assert.Equal([95.0, 90.0, 91.0], FigureJson.Numbers(candles["low"]));
        Assert.Equal([105.0, 92.0, 98.0], FigureJson.Numbers(candles["close"]));

        var sma = FigureJson.Trace(figure, "sma2");
        Assert.Equal([null, 98.5, 95.0], FigureJson.Numbers(sma["y"]));
        Assert.Equal("y", sma["yaxis"]?.GetValue<string>() ?? "y");

        var volume = FigureJson.Trace(figure, "volume");
        Assert.Equal("bar", volume["type"]!.GetValue<string>());
        Assert.Equal("y2", volume["yaxis"]!.GetValue<string>());
        Assert.Equal([12.0, 30.0, 7.0], FigureJson.Numbers(volume["y"]));
        Assert.Equal([ChartColors.Up, ChartColors.Down, ChartColors.Up], FigureJson.Strings(volume["marker"]!["color"]));

        var layout = FigureJson.Layout(figure);
        Assert.False(layout["xaxis"]!["rangeslider"]!["visible"]!.GetValue<bool>());
        Assert.Equal([0.0, 0.2], FigureJson.Numbers(layout["yaxis2"]!["domain"]));
        Assert.Equal([0.25, 1.0], FigureJson.Numbers(layout["yaxis"]!["domain"]));
    }

    [Fact]
    public void Oscillator_overlay_gets_its_own_panel()
    {
        var figure = CandlestickChart.Create(SyntheticSeries(), [new IndicatorOverlay("rsi", [50, 40, 60], OwnPanel: true)]);

        Assert.Equal("y3", FigureJson.Trace(figure, "rsi")["yaxis"]!.GetValue<string>());
        Assert.NotNull(FigureJson.Layout(figure)["yaxis3"]);
    }

    [Fact]
    public void Overlay_of_the_wrong_length_is_rejected_with_its_name()
    {
        var e = Assert.Throws<ArgumentException>(() => CandlestickChart.Create(SyntheticSeries(), [new IndicatorOverlay("ema", [1.0, 2.0])]));

        Assert.Contains("overlay 'ema' has 2 values but the candle series has 3", e.Message);
    }

    [Fact]
    public void Trade_markers_split_into_buys_and_sells()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var figure = TradeMarkers.Add(CandlestickChart.Create(SyntheticSeries()),
        [
            new TradeMarker(t0.AddHours(2), 98, TakerSide.Sell, "exit"),
            new TradeMarker(t0, 101.5, TakerSide.Buy, "entry"),
        ]);

        var buys = FigureJson.Trace(figure, "buys");
        Assert.Equal("markers", buys["mode"]!.GetValue<string>());
        // Plotly.NET writes marker symbols as plotly's symbol numbers: 5 is triangle-up, 6 triangle-down.
        Assert.Equal("5", buys["marker"]!["symbol"]!.GetValue<string>());
        Assert.Equal([101.5], FigureJson.Numbers(buys["y"]));
        Assert.Equal(["entry"], FigureJson.Strings(buys["text"]));
        var sells = FigureJson.Trace(figure, "sells");
        Assert.Equal("6", sells["marker"]!["symbol"]!.GetValue<string>());
        Assert.Equal(["2024-01-01T02:00:00Z"], FigureJson.Strings(sells["x"]));
    }

    [Fact]
    public void Trade_marker_without_a_side_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            TradeMarkers.Add(Plotly.NET.CSharp.Chart.Invisible(), [new TradeMarker(DateTimeOffset.UnixEpoch, 1, TakerSide.Unknown)]));

        Assert.Contains("expected Buy or Sell", e.Message);
    }

    [Fact]
    public void Charts_fill_their_container_and_stay_restylable_with_plotly_net()
    {
        var chart = CandlestickChart.Create(SyntheticSeries(), trades: [new TradeMarker(new DateTimeOffset(2024, 1, 1, 1, 0, 0, TimeSpan.Zero), 100, TakerSide.Buy)]);

        var layout = FigureJson.Layout(chart);
        Assert.Null(layout["width"]);
        Assert.True(layout["autosize"]!.GetValue<bool>());
        Assert.Equal(620, layout["height"]!.GetValue<int>());
        Assert.Equal("buys", FigureJson.Trace(chart, "buys")["name"]!.GetValue<string>());

        // A quant restyles the library's chart with Plotly.NET's own API; the library's axis settings survive.
        var restyled = chart.WithYAxisStyle<double, double, string>(TitleText: "BTC", Id: Plotly.NET.StyleParam.SubPlotId.NewYAxis(1))
            .WithSize(Width: 900);
        var after = FigureJson.Layout(restyled);
        Assert.Equal("BTC", after["yaxis"]!["title"]!["text"]!.GetValue<string>());
        Assert.Equal([0.25, 1.0], FigureJson.Numbers(after["yaxis"]!["domain"]));
        Assert.Equal(900, after["width"]!.GetValue<int>());
    }
}
