using CryptoSmartTrader.Core.Markets;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Buy (green triangle up) and sell (red triangle down) markers on the price axis of a chart.</summary>
public static class TradeMarkers
{
    /// <summary>Adds the markers to <paramref name="chart"/> on its price axis (<c>y{yAxis}</c>).</summary>
    public static GenericChart Add(GenericChart chart, IEnumerable<TradeMarker> trades, int yAxis = 1)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Plot.CombineKeepingWidth(chart, Traces(trades).Select(t => t.OnAxes(1, yAxis)));
    }

    internal static IEnumerable<GenericChart> Traces(IEnumerable<TradeMarker> trades)
    {
        var all = trades.ToList();
        foreach (var t in all)
        {
            if (t.Side is not (TakerSide.Buy or TakerSide.Sell))
            {
                throw new ArgumentException($"trade markers: trade at {t.Time:O} has side {t.Side}; expected Buy or Sell", nameof(trades));
            }

            if (!double.IsFinite(t.Price) || t.Price <= 0)
            {
                throw new ArgumentException($"trade markers: trade at {t.Time:O} has price {t.Price}; expected a positive finite price", nameof(trades));
            }
        }

        var result = new List<GenericChart>();
        foreach (var (side, name, colour, symbol) in new[]
                 {
                     (TakerSide.Buy, "buys", ChartColors.Up, StyleParam.MarkerSymbol.TriangleUp),
                     (TakerSide.Sell, "sells", ChartColors.Down, StyleParam.MarkerSymbol.TriangleDown),
                 })
        {
            var group = all.Where(t => t.Side == side).OrderBy(t => t.Time).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            result.Add(Chart.Point<DateTime, double, string>(Plot.Utc(group.Select(t => t.Time)), group.Select(t => t.Price), Name: name,
                    MultiText: group.Select(t => t.Label ?? name).ToArray(), MarkerColor: Plot.Colour(colour), MarkerSymbol: symbol,
                    MarkerOutline: Plot.LineOf("#000000", 0.5))
                .MarkerSize(11));
        }

        return result;
    }
}
