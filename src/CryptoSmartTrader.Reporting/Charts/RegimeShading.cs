using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Shades regime spans behind a time chart (full-height rectangles under the traces), one colour per label, with a legend entry
/// per label. Labels get palette colours in order of first appearance unless a colour map is given.
/// </summary>
public static class RegimeShading
{
    private const string Name = "regime shading";

    public static GenericChart Add(GenericChart chart, IReadOnlyList<RegimeSpan> spans, IReadOnlyDictionary<string, string>? colours = null, double opacity = 0.15)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        var shapes = new List<Shape>();
        foreach (var span in spans)
        {
            if (span.End <= span.Start)
            {
                throw new ArgumentException($"{Name}: span '{span.Label}' ends at {span.End:O}, not after its start {span.Start:O}", nameof(spans));
            }

            if (!assigned.TryGetValue(span.Label, out var colour))
            {
                colour = colours is not null && colours.TryGetValue(span.Label, out var c) ? c : ChartColors.At(assigned.Count + 2);
                assigned[span.Label] = colour;
            }

            var shape = new Shape();
            foreach (var (key, value) in new (string, object)[]
                     {
                         ("type", "rect"), ("xref", "x"), ("yref", "paper"), ("x0", span.Start.UtcDateTime), ("x1", span.End.UtcDateTime), ("y0", 0), ("y1", 1),
                         ("fillcolor", colour), ("opacity", opacity), ("layer", "below"), ("line", new Dictionary<string, object> { ["width"] = 0 }),
                         ("name", span.Label),
                     })
            {
                shape.SetProperty(key, value);
            }

            shapes.Add(shape);
        }

        // Shapes have no legend; an empty marker trace gives each regime a legend swatch.
        var swatches = assigned.Select(a => Chart.Point<double, double, string>([double.NaN], [double.NaN], Name: a.Key, ShowLegend: true, MarkerColor: Plot.Colour(a.Value),
            MarkerSymbol: StyleParam.MarkerSymbol.Square).MarkerSize(12).Traces(("legendgroup", "regimes")).Gaps());
        return Plotly.NET.Chart.withShapes(shapes, FSharpOption<bool>.Some(true)).Invoke(Plot.CombineKeepingWidth(chart, swatches));
    }

    /// <summary>Merges per-bar labels into spans: consecutive bars with the same label become one span from the first open to the last close.</summary>
    public static IReadOnlyList<RegimeSpan> SpansFromBars(IReadOnlyList<DateTimeOffset> openTimes, IReadOnlyList<DateTimeOffset> closeTimes, IReadOnlyList<string> labels)
    {
        ChartInput.SameLength(Name, nameof(closeTimes), closeTimes.Count, nameof(openTimes), openTimes.Count);
        ChartInput.SameLength(Name, nameof(labels), labels.Count, nameof(openTimes), openTimes.Count);
        ChartInput.Increasing(Name, nameof(openTimes), openTimes);
        var spans = new List<RegimeSpan>();
        var start = 0;
        for (var i = 1; i <= labels.Count; i++)
        {
            if (i == labels.Count || labels[i] != labels[start] || openTimes[i] != closeTimes[i - 1])
            {
                spans.Add(new RegimeSpan(openTimes[start], closeTimes[i - 1], labels[start]));
                start = i;
            }
        }

        return spans;
    }
}
