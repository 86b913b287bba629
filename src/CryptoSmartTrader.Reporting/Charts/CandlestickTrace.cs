using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A <c>candlestick</c> trace (OHLC columns share the x axis).</summary>
public sealed class CandlestickTrace : PlotlyTrace
{
    public CandlestickTrace(JsonArray x, JsonArray open, JsonArray high, JsonArray low, JsonArray close) : base("candlestick")
    {
        foreach (var (name, column) in new[] { ("open", open), ("high", high), ("low", low), ("close", close) })
        {
            if (column.Count != x.Count)
            {
                throw new ArgumentException($"candlestick trace: {name} has {column.Count} values but x has {x.Count}", name);
            }
        }

        X = x;
        Open = open;
        High = high;
        Low = low;
        Close = close;
    }

    public JsonArray X { get; }
    public JsonArray Open { get; }
    public JsonArray High { get; }
    public JsonArray Low { get; }
    public JsonArray Close { get; }
    public string IncreasingColor { get; init; } = ChartColors.Up;
    public string DecreasingColor { get; init; } = ChartColors.Down;

    protected override void WriteProperties(JsonObject target)
    {
        target["x"] = X.DeepClone();
        target["open"] = Open.DeepClone();
        target["high"] = High.DeepClone();
        target["low"] = Low.DeepClone();
        target["close"] = Close.DeepClone();
        target["increasing"] = new JsonObject { ["line"] = new JsonObject { ["color"] = IncreasingColor } };
        target["decreasing"] = new JsonObject { ["line"] = new JsonObject { ["color"] = DecreasingColor } };
    }
}
