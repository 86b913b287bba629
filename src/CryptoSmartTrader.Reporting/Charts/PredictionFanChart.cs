using System.Globalization;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// A fan chart: nested prediction intervals (widest drawn first and palest), the central forecast and, where known, the realised
/// values. Actual values may be NaN where not yet realised (they are drawn as gaps).
/// </summary>
public static class PredictionFanChart
{
    private const string Chart = "prediction fan chart";

    public static PlotlyFigure Create(IReadOnlyList<DateTimeOffset> times, IReadOnlyList<double> forecast, IReadOnlyList<PredictionBand> bands,
        IReadOnlyList<double>? actual = null, string? title = "Forecast with prediction intervals")
    {
        ChartInput.NotEmpty(Chart, nameof(times), times.Count);
        ChartInput.Increasing(Chart, nameof(times), times);
        ChartInput.SameLength(Chart, nameof(forecast), forecast.Count, nameof(times), times.Count);
        if (actual is not null)
        {
            ChartInput.SameLength(Chart, nameof(actual), actual.Count, nameof(times), times.Count);
        }

        foreach (var band in bands)
        {
            var label = $"band {band.Level.ToString(CultureInfo.InvariantCulture)}";
            if (!(band.Level > 0 && band.Level < 1))
            {
                throw new ArgumentException($"{Chart}: {label} level must be in (0, 1)", nameof(bands));
            }

            ChartInput.SameLength(Chart, $"{label} low", band.Low.Count, nameof(times), times.Count);
            ChartInput.SameLength(Chart, $"{label} high", band.High.Count, nameof(times), times.Count);
            for (var i = 0; i < band.Low.Count; i++)
            {
                if (band.Low[i] > band.High[i])
                {
                    throw new ArgumentException($"{Chart}: {label} low[{i}] {band.Low[i]} is above high[{i}] {band.High[i]}", nameof(bands));
                }
            }
        }

        var x = PlotlyValues.Times(times);
        var figure = new PlotlyFigure(title);
        var ordered = bands.OrderByDescending(b => b.Level).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var band = ordered[k];
            var name = $"{band.Level * 100:0}% interval";
            var alpha = 0.12 + 0.18 * k / Math.Max(1, ordered.Count - 1 + 1);
            figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(band.Low))
            {
                Name = name, LegendGroup = name, ShowLegend = false, Line = new LineStyle(Width: 0), HoverTemplate = "%{y:.4g}<extra>" + name + " low</extra>",
            });
            figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(band.High))
            {
                Name = name, LegendGroup = name, Fill = "tonexty", FillColor = ChartColors.WithAlpha(ChartColors.Primary, alpha),
                Line = new LineStyle(Width: 0),
            });
        }

        figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(forecast)) { Name = "forecast", Line = new LineStyle(ChartColors.Primary, 2) });
        if (actual is not null)
        {
            figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(actual)) { Name = "actual", Line = new LineStyle("#000000", 1.4) });
        }

        figure.Layout.Axis("xaxis", new PlotlyAxis { Type = "date" });
        return figure;
    }
}
