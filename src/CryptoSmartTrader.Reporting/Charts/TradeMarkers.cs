using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>Adds buy (green triangle up) and sell (red triangle down) markers on the price axis of a figure.</summary>
public static class TradeMarkers
{
    public static PlotlyFigure Add(PlotlyFigure figure, IEnumerable<TradeMarker> trades, string yAxis = "y")
    {
        ArgumentNullException.ThrowIfNull(figure);
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

        foreach (var (side, name, colour, symbol) in new[]
                 {
                     (TakerSide.Buy, "buys", ChartColors.Up, "triangle-up"),
                     (TakerSide.Sell, "sells", ChartColors.Down, "triangle-down"),
                 })
        {
            var group = all.Where(t => t.Side == side).OrderBy(t => t.Time).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            figure.Add(new ScatterTrace(PlotlyValues.Times(group.Select(t => t.Time)), PlotlyValues.Numbers(group.Select(t => t.Price)))
            {
                Name = name,
                Mode = "markers",
                XAxis = "x",
                YAxis = yAxis,
                Marker = new MarkerStyle(colour, 11, symbol) { Line = new LineStyle("#000000", 0.5) },
                Text = [.. group.Select(t => t.Label ?? name)],
            });
        }

        return figure;
    }
}
