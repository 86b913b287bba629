using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Horizontal bars of feature importance, largest magnitude at the top; negative values (e.g. permutation importance) in red.</summary>
public static class FeatureImportanceChart
{
    private const string Name = "feature importance chart";

    public static GenericChart Create(IReadOnlyList<string> names, IReadOnlyList<double> importance, int top = 20, string? title = "Feature importance")
    {
        ChartInput.NotEmpty(Name, nameof(names), names.Count);
        ChartInput.SameLength(Name, nameof(importance), importance.Count, nameof(names), names.Count);
        if (top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"{Name}: top must be at least 1");
        }

        for (var i = 0; i < importance.Count; i++)
        {
            if (!double.IsFinite(importance[i]))
            {
                throw new ArgumentException($"{Name}: importance of '{names[i]}' is {importance[i]}; expected a finite number", nameof(importance));
            }
        }

        // Plotly draws the first category at the bottom, so the largest goes last.
        var rows = names.Zip(importance).OrderByDescending(r => Math.Abs(r.Second)).ThenBy(r => r.First, StringComparer.Ordinal)
            .Take(top).Reverse().ToList();
        return Chart.Bar<double, string, string>(rows.Select(r => r.Second), Keys: rows.Select(r => r.First).ToArray(), Name: "importance",
                MarkerColor: Color.fromColors(rows.Select(r => Plot.Colour(r.Second >= 0 ? ChartColors.Primary : ChartColors.Down))))
            .YAxis(1, ("type", "category"))
            .XAxis(1, ("title", "importance"))
            .Layout(("hovermode", "closest"), ("height", Math.Max(260, 60 + 22 * rows.Count)))
            .Titled(title);
    }
}
