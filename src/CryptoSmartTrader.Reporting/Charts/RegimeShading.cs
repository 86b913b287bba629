using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Shades regime spans behind a time chart (full-height rectangles under the traces), one colour per label, with a legend entry
/// per label. Labels get palette colours in order of first appearance unless a colour map is given.
/// </summary>
public static class RegimeShading
{
    private const string Chart = "regime shading";

    public static PlotlyFigure Add(PlotlyFigure figure, IReadOnlyList<RegimeSpan> spans, IReadOnlyDictionary<string, string>? colours = null, double opacity = 0.15)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var assigned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.End <= span.Start)
            {
                throw new ArgumentException($"{Chart}: span '{span.Label}' ends at {span.End:O}, not after its start {span.Start:O}", nameof(spans));
            }

            if (!assigned.TryGetValue(span.Label, out var colour))
            {
                colour = colours is not null && colours.TryGetValue(span.Label, out var c) ? c : ChartColors.At(assigned.Count + 2);
                assigned[span.Label] = colour;
            }

            figure.Layout.Shapes.Add(new PlotlyShape
            {
                X0 = PlotlyValues.Time(span.Start), X1 = PlotlyValues.Time(span.End), FillColor = colour, Opacity = opacity, Name = span.Label,
            });
        }

        foreach (var (label, colour) in assigned)
        {
            // Shapes have no legend; an empty marker trace gives each regime a legend swatch.
            figure.Add(new ScatterTrace(new JsonArray((JsonNode?)null), new JsonArray((JsonNode?)null))
            {
                Name = label, Mode = "markers", Marker = new MarkerStyle(colour, 12, "square"), ShowLegend = true, LegendGroup = "regimes",
            });
        }

        return figure;
    }

    /// <summary>Merges per-bar labels into spans: consecutive bars with the same label become one span from the first open to the last close.</summary>
    public static IReadOnlyList<RegimeSpan> SpansFromBars(IReadOnlyList<DateTimeOffset> openTimes, IReadOnlyList<DateTimeOffset> closeTimes, IReadOnlyList<string> labels)
    {
        ChartInput.SameLength(Chart, nameof(closeTimes), closeTimes.Count, nameof(openTimes), openTimes.Count);
        ChartInput.SameLength(Chart, nameof(labels), labels.Count, nameof(openTimes), openTimes.Count);
        ChartInput.Increasing(Chart, nameof(openTimes), openTimes);
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
