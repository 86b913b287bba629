using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Equity curve (with an optional benchmark, e.g. buy-and-hold) above its drawdown, sharing the time axis: equity on <c>y</c>, drawdown on <c>y2</c>.</summary>
public static class EquityChart
{
    private const string Name = "equity chart";

    public static GenericChart Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> equity,
        IReadOnlyList<double>? benchmark = null, string benchmarkName = "buy and hold", string? title = "Equity and drawdown")
    {
        ChartInput.NotEmpty(Name, nameof(equity), equity.Count);
        ChartInput.SameLength(Name, nameof(equity), equity.Count, nameof(times), times.Count);
        ChartInput.Increasing(Name, nameof(times), times);
        for (var i = 0; i < equity.Count; i++)
        {
            if (!double.IsFinite(equity[i]) || equity[i] <= 0)
            {
                throw new ArgumentException($"{Name}: equity[{i}] at {times[i]:O} is {equity[i]}; expected a positive finite value", nameof(equity));
            }
        }

        if (benchmark is not null)
        {
            ChartInput.SameLength(Name, nameof(benchmark), benchmark.Count, nameof(times), times.Count);
        }

        var x = Plot.Utc(times);
        var charts = new List<GenericChart>
        {
            Chart.Line<DateTime, double, string>(x, equity, Name: "equity", LineColor: Plot.Colour(ChartColors.Primary), LineWidth: 1.6),
        };
        if (benchmark is not null)
        {
            charts.Add(Chart.Line<DateTime, double, string>(x, benchmark, Name: benchmarkName, LineColor: Plot.Colour(ChartColors.Muted),
                LineWidth: 1.2, LineDash: StyleParam.DrawingStyle.Dot));
        }

        charts.Add(Chart.Line<DateTime, double, string>(x, Drawdown.Compute(equity), Name: "drawdown", LineColor: Plot.Colour(ChartColors.Down), LineWidth: 1,
            Fill: StyleParam.Fill.ToZero_y, FillColor: Plot.Colour(ChartColors.WithAlpha(ChartColors.Down, 0.3))).OnAxes(1, 2));
        return Chart.Combine(charts)
            .XAxis(1, ("type", "date"), ("anchor", "y2"))
            .YAxis(1, ("title", "equity"), ("domain", new[] { 0.35, 1.0 }))
            .YAxis(2, ("title", "drawdown"), ("domain", new[] { 0.0, 0.28 }), ("tickformat", ".0%"), ("anchor", "x"))
            .Layout(("height", 520))
            .Gaps()
            .Titled(title);
    }
}
