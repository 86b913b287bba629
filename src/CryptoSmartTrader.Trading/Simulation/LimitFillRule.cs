namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>When a resting limit order fills.</summary>
public enum LimitFillRule
{
    /// <summary>Only if the bar traded strictly beyond the limit (buy: low &lt; limit). Default: touching the price says
    /// nothing about our place in the queue.</summary>
    TradeThrough = 1,

    /// <summary>As soon as the bar touched the limit (buy: low ≤ limit). Optimistic.</summary>
    Touch = 2,
}
