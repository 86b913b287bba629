namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Horizontal bars of feature importance, largest magnitude at the top; negative values (e.g. permutation importance) in red.</summary>
public static class FeatureImportanceChart
{
    private const string Chart = "feature importance chart";

    public static PlotlyFigure Create(IReadOnlyList<string> names, IReadOnlyList<double> importance, int top = 20, string? title = "Feature importance")
    {
        ChartInput.NotEmpty(Chart, nameof(names), names.Count);
        ChartInput.SameLength(Chart, nameof(importance), importance.Count, nameof(names), names.Count);
        if (top < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(top), top, $"{Chart}: top must be at least 1");
        }

        for (var i = 0; i < importance.Count; i++)
        {
            if (!double.IsFinite(importance[i]))
            {
                throw new ArgumentException($"{Chart}: importance of '{names[i]}' is {importance[i]}; expected a finite number", nameof(importance));
            }
        }

        // Plotly draws the first category at the bottom, so the largest goes last.
        var rows = names.Zip(importance).OrderByDescending(r => Math.Abs(r.Second)).ThenBy(r => r.First, StringComparer.Ordinal)
            .Take(top).Reverse().ToList();
        var figure = new PlotlyFigure(title);
        figure.Add(new BarTrace(PlotlyValues.Numbers(rows.Select(r => r.Second)), PlotlyValues.Strings(rows.Select(r => r.First)))
        {
            Name = "importance", Orientation = "h",
            Marker = new MarkerStyle(Colors: [.. rows.Select(r => r.Second >= 0 ? ChartColors.Primary : ChartColors.Down)]),
        });
        figure.Layout.Axis("yaxis", new PlotlyAxis { Type = "category" });
        figure.Layout.Axis("xaxis", new PlotlyAxis { Title = "importance" });
        figure.Layout.HoverMode = "closest";
        figure.Layout.Height = Math.Max(260, 60 + 22 * rows.Count);
        return figure;
    }
}
