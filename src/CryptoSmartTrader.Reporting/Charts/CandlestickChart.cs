using CryptoSmartTrader.Core.Markets;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Candlesticks with indicator overlays, an optional indicator panel, a volume panel and trade markers, as a Plotly.NET chart
/// (restyle or combine it with Plotly.NET's API). Bars are placed at their open time (the exchange convention); overlays must hold
/// one value per bar. Axes: price <c>y</c>, volume <c>y2</c>, indicator panel <c>y3</c>, all sharing <c>x</c>.
/// </summary>
public static class CandlestickChart
{
    private const string Name = "candlestick chart";

    public static GenericChart Create(CandleSeries series, IEnumerable<IndicatorOverlay>? overlays = null, bool volume = true, string? title = null,
        IEnumerable<TradeMarker>? trades = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ChartInput.NotEmpty(Name, "series", series.Count);
        var list = overlays?.ToList() ?? [];
        foreach (var o in list)
        {
            ChartInput.SameLength(Name, $"overlay '{o.Name}'", o.Values.Count, "the candle series", series.Count);
        }

        var x = Times(series.OpenTimeMs);
        var charts = new List<GenericChart>
        {
            Chart.Candlestick<double, DateTime, string>(series.Open.ToArray(), series.High.ToArray(), series.Low.ToArray(), series.Close.ToArray(),
                X: x, MultiX: default, Name: "price", IncreasingColor: Plot.Colour(ChartColors.Up), DecreasingColor: Plot.Colour(ChartColors.Down),
                ShowXAxisRangeSlider: false),
        };

        var panel = list.Any(o => o.OwnPanel);
        var (priceFrom, panelDomain, volumeDomain) = (panel, volume) switch
        {
            (true, true) => (0.45, new[] { 0.22, 0.42 }, new[] { 0.0, 0.18 }),
            (true, false) => (0.3, [0.0, 0.27], [0.0, 0.0]),
            (false, true) => (0.25, [0.0, 0.0], [0.0, 0.2]),
            _ => (0.0, [0.0, 0.0], [0.0, 0.0]),
        };

        var colour = 1;
        foreach (var o in list)
        {
            var line = Chart.Line<DateTime, double, string>(x, o.Values, Name: o.Name, LineColor: Plot.Colour(o.Color ?? ChartColors.At(colour++)),
                LineWidth: 1.3);
            charts.Add(o.OwnPanel ? line.OnAxes(1, 3) : line);
        }

        if (volume)
        {
            var open = series.Open;
            var close = series.Close;
            var colours = new Color[series.Count];
            for (var i = 0; i < colours.Length; i++)
            {
                colours[i] = Plot.Colour(close[i] >= open[i] ? ChartColors.Up : ChartColors.Down);
            }

            charts.Add(Chart.Column<double, DateTime, string>(series.Volume.ToArray(), Keys: x, Name: "volume", ShowLegend: false, Opacity: 0.6,
                MarkerColor: Color.fromColors(colours)).OnAxes(1, 2));
        }

        if (trades is not null)
        {
            charts.AddRange(TradeMarkers.Traces(trades));
        }

        var chart = Chart.Combine(charts);
        if (volume)
        {
            chart = chart.YAxis(2, ("title", "volume"), ("domain", volumeDomain), ("anchor", "x"));
        }

        if (panel)
        {
            chart = chart.YAxis(3, ("domain", panelDomain), ("anchor", "x"));
        }

        return chart
            .XAxis(1, ("type", "date"), ("anchor", volume ? "y2" : "y"))
            .YAxis(1, ("title", "price"), ("domain", new[] { priceFrom, 1.0 }))
            .Layout(("height", 620))
            .Gaps()
            .Titled(title ?? $"{series.Symbol} {series.Timeframe}");
    }

    internal static DateTime[] Times(ReadOnlySpan<long> ms)
    {
        var result = new DateTime[ms.Length];
        for (var i = 0; i < ms.Length; i++)
        {
            result[i] = DateTimeOffset.FromUnixTimeMilliseconds(ms[i]).UtcDateTime;
        }

        return result;
    }
}
