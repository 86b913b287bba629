using System.Globalization;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Years (rows, newest at the top) by months (columns) coloured by return, with the percentage written in each cell.</summary>
public static class MonthlyReturnsHeatmap
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static PlotlyFigure Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> equity, string? title = "Monthly returns")
    {
        ChartInput.NotEmpty("monthly returns heatmap", nameof(equity), equity.Count);
        var months = MonthlyReturns.Compute(times, equity);
        var years = months.Select(m => m.Year).Distinct().OrderByDescending(y => y).ToArray();
        var z = years.Select(_ => new double?[12]).ToArray();
        var text = years.Select(_ => Enumerable.Repeat(string.Empty, 12).ToArray()).ToArray();
        foreach (var (year, month, ret) in months)
        {
            var row = Array.IndexOf(years, year);
            z[row][month - 1] = ret;
            text[row][month - 1] = ret.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);
        }

        var figure = new PlotlyFigure(title);
        figure.Add(new HeatmapTrace(PlotlyValues.Strings(MonthNames), PlotlyValues.Strings(years.Select(y => y.ToString(CultureInfo.InvariantCulture))),
            PlotlyValues.Matrix(z))
        {
            Name = "monthly return", ColorStops = [(0, "#d73027"), (0.5, "#f7f7f7"), (1, "#1a9850")], ZMid = 0, Text = PlotlyValues.StringMatrix(text), TextTemplate = "%{text}",
            HoverTemplate = "%{y} %{x}: %{text}<extra></extra>",
        });
        figure.Layout.Axis("xaxis", new PlotlyAxis { Type = "category", Title = null });
        figure.Layout.Axis("yaxis", new PlotlyAxis { Type = "category", Title = "year", AutoRange = "reversed" });
        figure.Layout.HoverMode = "closest";
        figure.Layout.Height = Math.Max(220, 80 + 40 * years.Length);
        return figure;
    }
}
