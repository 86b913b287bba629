using System.Globalization;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Years (rows, newest at the top) by months (columns) coloured by return, with the percentage written in each cell.</summary>
public static class MonthlyReturnsHeatmap
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static GenericChart Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> equity, string? title = "Monthly returns")
    {
        ChartInput.NotEmpty("monthly returns heatmap", nameof(equity), equity.Count);
        var months = MonthlyReturns.Compute(times, equity);
        var years = months.Select(m => m.Year).Distinct().OrderByDescending(y => y).ToArray();
        var z = years.Select(_ => Enumerable.Repeat(double.NaN, 12).ToArray()).ToArray();
        var text = years.Select(_ => Enumerable.Repeat(string.Empty, 12).ToArray()).ToArray();
        foreach (var (year, month, ret) in months)
        {
            var row = Array.IndexOf(years, year);
            z[row][month - 1] = ret;
            text[row][month - 1] = ret.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);
        }

        return Chart.Heatmap<double, string, string, string>(z, X: MonthNames, Y: years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray(),
                Name: "monthly return")
            .Traces(("colorscale", new object[] { new object[] { 0, "#d73027" }, new object[] { 0.5, "#f7f7f7" }, new object[] { 1, "#1a9850" } }),
                ("zmid", 0), ("text", text), ("texttemplate", "%{text}"), ("hovertemplate", "%{y} %{x}: %{text}<extra></extra>"))
            .Gaps()
            .XAxis(1, ("type", "category"))
            .YAxis(1, ("type", "category"), ("title", "year"), ("autorange", "reversed"))
            .Layout(("hovermode", "closest"), ("height", Math.Max(220, 80 + 40 * years.Length)))
            .Titled(title);
    }
}
