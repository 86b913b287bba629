using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Reporting.Tests.Charts;

public sealed class EquityChartTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Drawdown_is_distance_below_the_running_peak()
    {
        // Hand computed: peaks 100, 120, 120, 120, 130 → 0, 0, 90/120-1, 108/120-1, 0.
        var dd = Drawdown.Compute([100, 120, 90, 108, 130]);

        Assert.Equal([0, 0, -0.25, -0.1, 0], dd.Select(d => Math.Round(d, 12)));
    }

    [Fact]
    public void Equity_benchmark_and_drawdown_share_the_time_axis()
    {
        var times = Enumerable.Range(0, 3).Select(i => T0.AddDays(i)).ToArray();

        var figure = EquityChart.Create(times, [100, 80, 120], [100, 100, 100]);

        Assert.Equal([100.0, 80, 120], FigureJson.Numbers(FigureJson.Trace(figure, "equity")["y"]));
        Assert.Equal([100.0, 100, 100], FigureJson.Numbers(FigureJson.Trace(figure, "buy and hold")["y"]));
        var dd = FigureJson.Trace(figure, "drawdown");
        Assert.Equal("y2", dd["yaxis"]!.GetValue<string>());
        Assert.Equal("tozeroy", dd["fill"]!.GetValue<string>());
        Assert.Equal([0.0, -0.2, 0], FigureJson.Numbers(dd["y"]).Select(v => Math.Round(v!.Value, 12)));
        Assert.Equal(".0%", FigureJson.Layout(figure)["yaxis2"]!["tickformat"]!.GetValue<string>());
    }

    [Fact]
    public void Non_positive_equity_is_rejected_with_index_and_time()
    {
        var times = new[] { T0, T0.AddDays(1) };

        var e = Assert.Throws<ArgumentException>(() => EquityChart.Create(times, [100, 0]));

        Assert.Contains("equity[1] at 2024-01-02T00:00:00.0000000+00:00 is 0", e.Message);
    }

    [Fact]
    public void Unordered_times_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => EquityChart.Create([T0, T0], [1, 2]));

        Assert.Contains("times must be strictly increasing", e.Message);
    }

    [Fact]
    public void Monthly_returns_chain_month_end_values()
    {
        // Jan: 100 → 110 (+10%); Feb: 110 → 99 (-10%); Apr: 99 → 123.75 (+25%); March has no data and stays missing.
        DateTimeOffset[] times = [new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2023, 1, 31, 0, 0, 0, TimeSpan.Zero),
            new(2023, 2, 15, 0, 0, 0, TimeSpan.Zero), new(2023, 4, 30, 0, 0, 0, TimeSpan.Zero), new(2024, 1, 5, 0, 0, 0, TimeSpan.Zero)];

        var months = MonthlyReturns.Compute(times, [100, 110, 99, 123.75, 99]);

        Assert.Equal([(2023, 1), (2023, 2), (2023, 4), (2024, 1)], months.Select(m => (m.Year, m.Month)));
        Assert.Equal([0.10, -0.10, 0.25, -0.2], months.Select(m => Math.Round(m.Return, 12)));
    }

    [Fact]
    public void Monthly_heatmap_puts_newest_year_first_and_leaves_missing_months_empty()
    {
        DateTimeOffset[] times = [new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero), new(2023, 1, 31, 0, 0, 0, TimeSpan.Zero), new(2024, 3, 5, 0, 0, 0, TimeSpan.Zero)];

        var figure = MonthlyReturnsHeatmap.Create(times, [100, 110, 121]);

        var heat = FigureJson.Data(figure)[0]!;
        Assert.Equal("heatmap", heat["type"]!.GetValue<string>());
        Assert.Equal(["2024", "2023"], FigureJson.Strings(heat["y"]));
        Assert.Equal(12, heat["x"]!.AsArray().Count);
        var z2024 = FigureJson.Numbers(heat["z"]![0]);
        var z2023 = FigureJson.Numbers(heat["z"]![1]);
        Assert.Equal(0.1, z2023[0]!.Value, 12);
        Assert.Null(z2023[1]);
        Assert.Equal(0.1, z2024[2]!.Value, 12);
        Assert.Equal("+10.0%", FigureJson.Strings(heat["text"]![1])[0]);
        Assert.Equal(0, heat["zmid"]!.GetValue<double>());
        Assert.Equal("#1a9850", heat["colorscale"]![2]![1]!.GetValue<string>());
        Assert.Equal("reversed", FigureJson.Layout(figure)["yaxis"]!["autorange"]!.GetValue<string>());
    }

    [Fact]
    public void Exposure_chart_draws_gross_and_net_as_steps()
    {
        var times = new[] { T0, T0.AddHours(1) };

        var figure = ExposureChart.Create(times, [0.5, 1.0], [0.5, -0.2]);

        var gross = FigureJson.Trace(figure, "gross");
        Assert.Equal([0.5, 1.0], FigureJson.Numbers(gross["y"]));
        Assert.Equal("hv", gross["line"]!["shape"]!.GetValue<string>());
        Assert.Equal([0.5, -0.2], FigureJson.Numbers(FigureJson.Trace(figure, "net")["y"]));
        Assert.Equal(".0%", FigureJson.Layout(figure)["yaxis"]!["tickformat"]!.GetValue<string>());
    }

    [Fact]
    public void Exposure_of_the_wrong_length_is_rejected_with_its_name()
    {
        var e = Assert.Throws<ArgumentException>(() => ExposureChart.Create([T0, T0.AddHours(1)], [0.5, 1.0], [0.5]));

        Assert.Contains("exposure chart: net has 1 values but times has 2", e.Message);
    }
}
