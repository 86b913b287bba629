using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// Candlesticks with indicator overlays, an optional indicator panel and a volume panel. Bars are placed at their open time
/// (the exchange convention); overlays must hold one value per bar.
/// </summary>
public static class CandlestickChart
{
    private const string Chart = "candlestick chart";

    public static PlotlyFigure Create(CandleSeries series, IEnumerable<IndicatorOverlay>? overlays = null, bool volume = true, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ChartInput.NotEmpty(Chart, "series", series.Count);
        var list = overlays?.ToList() ?? [];
        foreach (var o in list)
        {
            ChartInput.SameLength(Chart, $"overlay '{o.Name}'", o.Values.Count, "the candle series", series.Count);
        }

        var x = PlotlyValues.Times(Times(series.OpenTimeMs));
        var figure = new PlotlyFigure(title ?? $"{series.Symbol} {series.Timeframe}");
        figure.Add(new CandlestickTrace(x, PlotlyValues.Numbers(series.Open.ToArray()), PlotlyValues.Numbers(series.High.ToArray()),
            PlotlyValues.Numbers(series.Low.ToArray()), PlotlyValues.Numbers(series.Close.ToArray())) { Name = "price", XAxis = "x", YAxis = "y" });

        var panel = list.Any(o => o.OwnPanel);
        var (priceFrom, panelDomain, volumeDomain) = (panel, volume) switch
        {
            (true, true) => (0.45, (0.22, 0.42), (0.0, 0.18)),
            (true, false) => (0.3, (0.0, 0.27), (0.0, 0.0)),
            (false, true) => (0.25, (0.0, 0.0), (0.0, 0.2)),
            _ => (0.0, (0.0, 0.0), (0.0, 0.0)),
        };

        var colour = 1;
        foreach (var o in list)
        {
            figure.Add(new ScatterTrace(x, PlotlyValues.Numbers(o.Values))
            {
                Name = o.Name,
                XAxis = "x",
                YAxis = o.OwnPanel ? "y3" : "y",
                Line = new LineStyle(o.Color ?? ChartColors.At(colour++), 1.3),
            });
        }

        if (volume)
        {
            var open = series.Open;
            var close = series.Close;
            var colours = new string[series.Count];
            for (var i = 0; i < colours.Length; i++)
            {
                colours[i] = close[i] >= open[i] ? ChartColors.Up : ChartColors.Down;
            }

            figure.Add(new BarTrace(x, PlotlyValues.Numbers(series.Volume.ToArray()))
            {
                Name = "volume", XAxis = "x", YAxis = "y2", ShowLegend = false, Marker = new MarkerStyle(Colors: colours), Opacity = 0.6,
            });
            figure.Layout.Axis("yaxis2", new PlotlyAxis { Title = "volume", Domain = volumeDomain, Anchor = "x" });
        }

        if (panel)
        {
            figure.Layout.Axis("yaxis3", new PlotlyAxis { Domain = panelDomain, Anchor = "x" });
        }

        figure.Layout.Axis("xaxis", new PlotlyAxis { Type = "date", RangeSliderVisible = false, Anchor = volume ? "y2" : "y" });
        figure.Layout.Axis("yaxis", new PlotlyAxis { Title = "price", Domain = (priceFrom, 1.0) });
        figure.Layout.Height = 620;
        return figure;
    }

    internal static IEnumerable<DateTimeOffset> Times(ReadOnlySpan<long> ms)
    {
        var result = new DateTimeOffset[ms.Length];
        for (var i = 0; i < ms.Length; i++)
        {
            result[i] = DateTimeOffset.FromUnixTimeMilliseconds(ms[i]);
        }

        return result;
    }
}
