using System.Globalization;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// A fan chart: nested prediction intervals (widest drawn first and palest), the central forecast and, where known, the realised
/// values. Actual values may be NaN where not yet realised (they are drawn as gaps).
/// </summary>
public static class PredictionFanChart
{
    private const string Name = "prediction fan chart";

    public static GenericChart Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> forecast, IReadOnlyList<PredictionBand> bands,
        IReadOnlyList<double>? actual = null, string? title = "Forecast with prediction intervals")
    {
        ChartInput.NotEmpty(Name, nameof(times), times.Count);
        ChartInput.Increasing(Name, nameof(times), times);
        ChartInput.SameLength(Name, nameof(forecast), forecast.Count, nameof(times), times.Count);
        if (actual is not null)
        {
            ChartInput.SameLength(Name, nameof(actual), actual.Count, nameof(times), times.Count);
        }

        foreach (var band in bands)
        {
            var label = $"band {band.Level.ToString(CultureInfo.InvariantCulture)}";
            if (!(band.Level > 0 && band.Level < 1))
            {
                throw new ArgumentException($"{Name}: {label} level must be in (0, 1)", nameof(bands));
            }

            ChartInput.SameLength(Name, $"{label} low", band.Low.Count, nameof(times), times.Count);
            ChartInput.SameLength(Name, $"{label} high", band.High.Count, nameof(times), times.Count);
            for (var i = 0; i < band.Low.Count; i++)
            {
                if (band.Low[i] > band.High[i])
                {
                    throw new ArgumentException($"{Name}: {label} low[{i}] {band.Low[i]} is above high[{i}] {band.High[i]}", nameof(bands));
                }
            }
        }

        var x = Plot.Utc(times);
        var charts = new List<GenericChart>();
        var ordered = bands.OrderByDescending(b => b.Level).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var band = ordered[k];
            var name = $"{band.Level * 100:0}% interval";
            var alpha = 0.12 + 0.18 * k / Math.Max(1, ordered.Count - 1 + 1);

            // Low edge first, then the high edge filled down to it ("tonexty"): the band is one legend entry.
            charts.Add(Chart.Line<DateTime, double, string>(x, band.Low, Name: name, ShowLegend: false, LineWidth: 0)
                .Traces(("legendgroup", name), ("hovertemplate", "%{y:.4g}<extra>" + name + " low</extra>")));
            charts.Add(Chart.Line<DateTime, double, string>(x, band.High, Name: name, LineWidth: 0, Fill: StyleParam.Fill.ToNext_y,
                    FillColor: Plot.Colour(ChartColors.WithAlpha(ChartColors.Primary, alpha)))
                .Traces(("legendgroup", name)));
        }

        charts.Add(Chart.Line<DateTime, double, string>(x, forecast, Name: "forecast", LineColor: Plot.Colour(ChartColors.Primary), LineWidth: 2));
        if (actual is not null)
        {
            charts.Add(Chart.Line<DateTime, double, string>(x, actual, Name: "actual", LineColor: Plot.Colour("#000000"), LineWidth: 1.4));
        }

        return Chart.Combine(charts).XAxis(1, ("type", "date")).Gaps().Titled(title);
    }
}
