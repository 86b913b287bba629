using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using PlotlyChart = Plotly.NET.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Small helpers over Plotly.NET for what its C# surface does not reach in one call (axis domains, raw trace attributes). Everything
/// is stored as Plotly.NET's own objects (<see cref="LinearAxis"/>, <see cref="Shape"/>, trace properties), so a quant's later
/// <c>WithXAxisStyle</c>, <c>WithTraceInfo</c>, <c>Chart.withYAxis</c>… restyle the library's charts instead of replacing them.
/// </summary>
internal static class Plot
{
    /// <summary>
    /// Plotly.NET's serialiser writes NaN as the string "NaN"; null is plotly's documented gap, so non-finite values of the data arrays
    /// (<c>x</c>, <c>y</c>, <c>z</c>) become null. Its typed chart functions take no nullable numbers, hence this pass afterwards.
    /// </summary>
    public static GenericChart Gaps(this GenericChart chart) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            foreach (var key in new[] { "x", "y", "z" })
            {
                if (trace.TryGetPropertyValue(key) is not { } found) continue;
                switch (found.Value)
                {
                    case IEnumerable<double> flat when flat.Any(v => !double.IsFinite(v)):
                        trace.SetProperty(key, Nullable(flat));
                        break;
                    case IEnumerable<IEnumerable<double>> rows when rows.Any(r => r.Any(v => !double.IsFinite(v))):
                        trace.SetProperty(key, rows.Select(Nullable).ToArray());
                        break;
                }
            }

            return trace;
        }), chart);

    private static double?[] Nullable(IEnumerable<double> values) => [.. values.Select(v => double.IsFinite(v) ? v : (double?)null)];

    /// <summary>UTC instants, serialised as ISO 8601 with Z (plotly reads them as wall-clock UTC).</summary>
    public static DateTime[] Utc(IEnumerable<DateTimeOffset> times) => [.. times.Select(t => t.UtcDateTime)];

    public static Color Colour(string css) => Color.fromString(css);

    /// <summary>Sets raw plotly attributes (e.g. <c>hovertemplate</c>, <c>fill</c>) on every trace of the chart.</summary>
    public static GenericChart Traces(this GenericChart chart, params (string Key, object? Value)[] values) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            foreach (var (key, value) in values)
            {
                if (value is null) trace.RemoveProperty(key);
                else trace.SetProperty(key, value);
            }

            return trace;
        }), chart);

    /// <summary>Sets the marker size on every trace, keeping the marker's other attributes (colour, symbol, outline).</summary>
    public static GenericChart MarkerSize(this GenericChart chart, double size) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            if (trace.TryGetPropertyValue("marker") is { } found && found.Value is DynamicObj.DynamicObj marker)
            {
                marker.SetProperty("size", size);
            }

            return trace;
        }), chart);

    /// <summary>Puts every trace of the chart on axes <c>x{x}</c>/<c>y{y}</c> (1 = the first axis).</summary>
    public static GenericChart OnAxes(this GenericChart chart, int x, int y) =>
        PlotlyChart.withAxisAnchor(FSharpOption<int>.Some(x), FSharpOption<int>.Some(y)).Invoke(chart);

    public static GenericChart XAxis(this GenericChart chart, int id, params (string Key, object? Value)[] values) =>
        PlotlyChart.withXAxis(Axis(values), FSharpOption<StyleParam.SubPlotId>.Some(StyleParam.SubPlotId.NewXAxis(id))).Invoke(chart);

    public static GenericChart YAxis(this GenericChart chart, int id, params (string Key, object? Value)[] values) =>
        PlotlyChart.withYAxis(Axis(values), FSharpOption<StyleParam.SubPlotId>.Some(StyleParam.SubPlotId.NewYAxis(id))).Invoke(chart);

    /// <summary>Layout attributes (<c>height</c>, <c>hovermode</c>…) merged into the chart's layout.</summary>
    public static GenericChart Layout(this GenericChart chart, params (string Key, object? Value)[] values)
    {
        var layout = new Layout();
        foreach (var (key, value) in values)
        {
            if (value is not null) layout.SetProperty(key, value);
        }

        return PlotlyChart.withLayout(layout).Invoke(chart);
    }

    /// <summary>The chart's title, then <see cref="Responsive"/> (every chart factory ends here).</summary>
    public static GenericChart Titled(this GenericChart chart, string? title) =>
        (title is null ? chart : PlotlyChart.withTitle(title, FSharpOption<Font>.None).Invoke(chart)).Responsive();

    /// <summary>
    /// Drops the fixed 600 px width that Plotly.NET's defaults put on every layout, so the chart fills a report column or a notebook
    /// output; the height each chart sets stays. A quant's <c>WithSize</c> afterwards still fixes a width.
    /// </summary>
    /// <summary>Combines <paramref name="chart"/> with added traces keeping its own width (fixed or none): the added ones carry Plotly.NET's default.</summary>
    public static GenericChart CombineKeepingWidth(GenericChart chart, IEnumerable<GenericChart> added)
    {
        var width = GenericChart.getLayout(chart).TryGetPropertyValue("width");
        var combined = Plotly.NET.CSharp.Chart.Combine([chart, .. added]).Responsive();
        if (width is { } w) GenericChart.getLayout(combined).SetProperty("width", w.Value);
        return combined;
    }

    public static GenericChart Responsive(this GenericChart chart)
    {
        var layout = GenericChart.getLayout(chart);
        layout.RemoveProperty("width");
        layout.SetProperty("autosize", true);
        return chart;
    }

    /// <summary>Axis title as Plotly.NET's <see cref="Title"/> object.</summary>
    public static Title AxisTitle(string text)
    {
        var title = new Title();
        title.SetProperty("text", text);
        return title;
    }

    public static Line LineOf(string? colour = null, double? width = null, string? shape = null)
    {
        var line = new Line();
        if (colour is not null) line.SetProperty("color", Colour(colour));
        if (width is not null) line.SetProperty("width", width.Value);
        if (shape is not null) line.SetProperty("shape", shape);
        return line;
    }

    private static LinearAxis Axis((string Key, object? Value)[] values)
    {
        var axis = new LinearAxis();
        foreach (var (key, value) in values)
        {
            if (value is not null) axis.SetProperty(key, value is string s && key == "title" ? AxisTitle(s) : value);
        }

        return axis;
    }
}
