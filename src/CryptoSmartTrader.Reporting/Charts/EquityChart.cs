namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Equity curve (with an optional benchmark, e.g. buy-and-hold) above its drawdown, sharing the time axis.</summary>
public static class EquityChart
{
    private const string Chart = "equity chart";

    public static PlotlyFigure Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> equity,
        IReadOnlyList<double>? benchmark = null, string benchmarkName = "buy and hold", string? title = "Equity and drawdown")
    {
        ChartInput.NotEmpty(Chart, nameof(equity), equity.Count);
        ChartInput.SameLength(Chart, nameof(equity), equity.Count, nameof(times), times.Count);
        ChartInput.Increasing(Chart, nameof(times), times);
        for (var i = 0; i < equity.Count; i++)
        {
            if (!double.IsFinite(equity[i]) || equity[i] <= 0)
            {
                throw new ArgumentException($"{Chart}: equity[{i}] at {times[i]:O} is {equity[i]}; expected a positive finite value", nameof(equity));
            }
        }

        if (benchmark is not null)
        {
            ChartInput.SameLength(Chart, nameof(benchmark), benchmark.Count, nameof(times), times.Count);
        }

        var x = PlotlyValues.Times(times);
        var figure = new PlotlyFigure(title);
        figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(equity)) { Name = "equity", YAxis = "y", Line = new LineStyle(ChartColors.Primary, 1.6) });
        if (benchmark is not null)
        {
            figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(benchmark))
            {
                Name = benchmarkName, YAxis = "y", Line = new LineStyle(ChartColors.Muted, 1.2, "dot"),
            });
        }

        figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(Drawdown.Compute(equity)))
        {
            Name = "drawdown", YAxis = "y2", Fill = "tozeroy", FillColor = ChartColors.WithAlpha(ChartColors.Down, 0.3),
            Line = new LineStyle(ChartColors.Down, 1),
        });
        figure.Layout.Axis("xaxis", new PlotlyAxis { Type = "date", Anchor = "y2" });
        figure.Layout.Axis("yaxis", new PlotlyAxis { Title = "equity", Domain = (0.35, 1.0) });
        figure.Layout.Axis("yaxis2", new PlotlyAxis { Title = "drawdown", Domain = (0.0, 0.28), TickFormat = ".0%", Anchor = "x" });
        figure.Layout.Height = 520;
        return figure;
    }
}
