using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Reporting.Tests.Charts;

public sealed class CalibrationChartTests
{
    [Fact]
    public void Reliability_bins_hold_mean_prediction_and_observed_frequency()
    {
        // Bin [0.0,0.5): 0.1, 0.2 → mean 0.15, 1 of 2 up. Bin [0.5,1]: 0.7, 0.9, 1.0 → mean 0.8667, 2 of 3 up.
        var bins = ReliabilityDiagram.Bins([0.1, 0.2, 0.7, 0.9, 1.0], [true, false, true, false, true], binCount: 2);

        Assert.Equal(2, bins.Count);
        Assert.Equal((0.0, 0.5, 2), (bins[0].From, bins[0].To, bins[0].Count));
        Assert.Equal(0.15, bins[0].MeanPredicted, 12);
        Assert.Equal(0.5, bins[0].ObservedFrequency, 12);
        Assert.Equal(3, bins[1].Count);
        Assert.Equal(2.6 / 3, bins[1].MeanPredicted, 12);
        Assert.Equal(2.0 / 3, bins[1].ObservedFrequency, 12);
    }

    [Fact]
    public void Empty_bins_are_left_out()
    {
        var bins = ReliabilityDiagram.Bins([0.05, 0.95], [false, true], binCount: 10);

        Assert.Equal([0.0, 0.9], bins.Select(b => Math.Round(b.From, 12)));
    }

    [Fact]
    public void Reliability_diagram_draws_diagonal_model_curve_and_counts()
    {
        var figure = ReliabilityDiagram.Create([0.1, 0.2, 0.7, 0.9, 1.0], [true, false, true, false, true], binCount: 2);

        Assert.Equal([0.0, 1.0], FigureJson.Numbers(FigureJson.Trace(figure, "perfectly calibrated")["y"]));
        var model = FigureJson.Trace(figure, "model");
        Assert.Equal([0.5, 2.0 / 3], FigureJson.Numbers(model["y"]));
        var counts = FigureJson.Trace(figure, "predictions per bin");
        Assert.Equal([2.0, 3.0], FigureJson.Numbers(counts["y"]));
        Assert.Equal([0.25, 0.75], FigureJson.Numbers(counts["x"]));
        Assert.Equal("y2", counts["yaxis"]!.GetValue<string>());
    }

    [Fact]
    public void Probability_outside_0_1_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => ReliabilityDiagram.Bins([0.5, 1.2], [true, false]));

        Assert.Contains("probabilities[1] is 1.2", e.Message);
    }

    [Fact]
    public void Fan_chart_draws_widest_band_first_then_forecast_and_actual()
    {
        var t0 = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        DateTimeOffset[] times = [t0, t0.AddHours(1)];

        var figure = PredictionFanChart.Create(times, [0.0, 0.01],
            [new PredictionBand(0.5, [-0.01, -0.005], [0.01, 0.02]), new PredictionBand(0.9, [-0.03, -0.02], [0.03, 0.04])],
            [0.002, double.NaN]);

        var data = FigureJson.Data(figure);
        Assert.Equal(["90% interval", "90% interval", "50% interval", "50% interval", "forecast", "actual"],
            data.Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal([-0.03, -0.02], FigureJson.Numbers(data[0]!["y"]));
        Assert.Equal("tonexty", data[1]!["fill"]!.GetValue<string>());
        Assert.Equal([0.03, 0.04], FigureJson.Numbers(data[1]!["y"]));
        Assert.Equal([0.002, null], FigureJson.Numbers(data[5]!["y"]));
    }

    [Fact]
    public void Fan_band_with_low_above_high_is_rejected()
    {
        var t0 = DateTimeOffset.UnixEpoch;

        var e = Assert.Throws<ArgumentException>(() => PredictionFanChart.Create([t0], [0], [new PredictionBand(0.8, [0.2], [0.1])]));

        Assert.Contains("band 0.8 low[0] 0.2 is above high[0] 0.1", e.Message);
    }
}
