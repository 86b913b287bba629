using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Gross and net exposure as a fraction of equity, drawn as steps (exposure holds until the next rebalance).</summary>
public static class ExposureChart
{
    private const string Name = "exposure chart";

    public static GenericChart Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> gross, IReadOnlyList<double> net, string? title = "Exposure")
    {
        ChartInput.NotEmpty(Name, nameof(times), times.Count);
        ChartInput.SameLength(Name, nameof(gross), gross.Count, nameof(times), times.Count);
        ChartInput.SameLength(Name, nameof(net), net.Count, nameof(times), times.Count);
        ChartInput.Increasing(Name, nameof(times), times);
        var x = Plot.Utc(times);
        return Chart.Combine(
            [
                Chart.Line<DateTime, double, string>(x, gross, Name: "gross", Line: Plot.LineOf(ChartColors.Primary, 1.2, "hv")),
                Chart.Line<DateTime, double, string>(x, net, Name: "net", Line: Plot.LineOf(ChartColors.Secondary, 1.2, "hv")),
            ])
            .XAxis(1, ("type", "date"))
            .YAxis(1, ("tickformat", ".0%"))
            .Layout(("height", 300))
            .Gaps()
            .Titled(title);
    }
}
