using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Reporting.Tests.Charts;

public sealed class MatrixChartTests
{
    [Fact]
    public void Feature_importance_sorts_by_magnitude_largest_on_top()
    {
        var figure = FeatureImportanceChart.Create(["rsi", "vol", "ret_1h", "funding"], [0.1, -0.4, 0.3, 0.05], top: 3);

        var bar = FigureJson.Data(figure)[0]!;
        Assert.Equal("h", bar["orientation"]!.GetValue<string>());
        // plotly puts the first category at the bottom, so the biggest |importance| is last.
        Assert.Equal(["rsi", "ret_1h", "vol"], FigureJson.Strings(bar["y"]));
        Assert.Equal([0.1, 0.3, -0.4], FigureJson.Numbers(bar["x"]));
        Assert.Equal([ChartColors.Primary, ChartColors.Primary, ChartColors.Down], FigureJson.Strings(bar["marker"]!["color"]));
    }

    [Fact]
    public void Feature_importance_rejects_nan()
    {
        var e = Assert.Throws<ArgumentException>(() => FeatureImportanceChart.Create(["a"], [double.NaN]));

        Assert.Contains("importance of 'a' is NaN", e.Message);
    }

    [Fact]
    public void Pearson_matches_hand_computed_values()
    {
        // x = 1,2,3,4 ; y = 2x (r = 1) ; z = 4,3,2,1 (r = -1) ; w = 1,3,2,4: r(x,w) = 0.8 (cov 4 / sqrt(5*5)).
        var m = CorrelationHeatmap.Pearson([[1, 2, 3, 4], [2, 4, 6, 8], [4, 3, 2, 1], [1, 3, 2, 4]]);

        Assert.Equal(1, m[0, 1], 12);
        Assert.Equal(-1, m[0, 2], 12);
        Assert.Equal(0.8, m[0, 3], 12);
        Assert.Equal(m[3, 0], m[0, 3]);
        Assert.Equal(1, m[2, 2], 12);
    }

    [Fact]
    public void Pearson_uses_pairwise_complete_rows()
    {
        var m = CorrelationHeatmap.Pearson([[1, 2, double.NaN, 3], [2, 4, 100, 6]]);

        Assert.Equal(1, m[0, 1], 12);
    }

    [Fact]
    public void Correlation_heatmap_is_fixed_to_minus_one_plus_one_with_labels()
    {
        var figure = CorrelationHeatmap.Create(["a", "b"], new double[,] { { 1, -0.25 }, { -0.25, 1 } });

        var heat = FigureJson.Data(figure)[0]!;
        Assert.Equal(-1, heat["zmin"]!.GetValue<double>());
        Assert.Equal(1, heat["zmax"]!.GetValue<double>());
        Assert.Equal([1.0, -0.25], FigureJson.Numbers(heat["z"]![0]));
        Assert.Equal(["1.00", "-0.25"], FigureJson.Strings(heat["text"]![0]));
        Assert.Equal("reversed", FigureJson.Layout(figure)["yaxis"]!["autorange"]!.GetValue<string>());
    }

    [Fact]
    public void Non_square_correlation_matrix_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => CorrelationHeatmap.Create(["a", "b"], new double[2, 3]));

        Assert.Contains("matrix is 2x3 but there are 2 names", e.Message);
    }

    [Fact]
    public void Regime_spans_merge_consecutive_bars_and_break_at_gaps()
    {
        var t = Enumerable.Range(0, 6).Select(i => DateTimeOffset.UnixEpoch.AddHours(i)).ToArray();
        DateTimeOffset[] open = [t[0], t[1], t[2], t[4]];
        DateTimeOffset[] close = [t[1], t[2], t[3], t[5]];

        var spans = RegimeShading.SpansFromBars(open, close, ["bull", "bull", "bear", "bear"]);

        Assert.Equal([new RegimeSpan(t[0], t[2], "bull"), new RegimeSpan(t[2], t[3], "bear"), new RegimeSpan(t[4], t[5], "bear")], spans);
    }

    [Fact]
    public void Regime_shading_adds_rectangles_below_traces_and_legend_swatches()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var price = Plotly.NET.CSharp.Chart.Line<DateTime, double, string>([t0.UtcDateTime, t0.AddDays(3).UtcDateTime], [1.0, 2.0], Name: "price");
        var figure = RegimeShading.Add(price,
            [new RegimeSpan(t0, t0.AddDays(1), "bull"), new RegimeSpan(t0.AddDays(1), t0.AddDays(2), "bear"), new RegimeSpan(t0.AddDays(2), t0.AddDays(3), "bull")],
            new Dictionary<string, string> { ["bull"] = "#00ff00" });

        var shapes = FigureJson.Layout(figure)["shapes"]!.AsArray();
        Assert.Equal(3, shapes.Count);
        Assert.Equal("rect", shapes[0]!["type"]!.GetValue<string>());
        Assert.Equal("paper", shapes[0]!["yref"]!.GetValue<string>());
        Assert.Equal("below", shapes[0]!["layer"]!.GetValue<string>());
        Assert.Equal("2024-01-01T00:00:00Z", shapes[0]!["x0"]!.GetValue<string>());
        Assert.Equal("2024-01-02T00:00:00Z", shapes[0]!["x1"]!.GetValue<string>());
        Assert.Equal("#00ff00", shapes[2]!["fillcolor"]!.GetValue<string>());
        Assert.NotEqual("#00ff00", shapes[1]!["fillcolor"]!.GetValue<string>());
        Assert.Equal(["price", "bull", "bear"], FigureJson.Data(figure).Select(d => d!["name"]!.GetValue<string>()));
    }
}
