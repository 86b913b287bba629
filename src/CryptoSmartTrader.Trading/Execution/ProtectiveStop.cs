namespace CryptoSmartTrader.Trading.Execution;

/// <summary>A protective stop for an open position: its trigger price and, for a stop-limit, its limit (NaN: stop-market).</summary>
public readonly record struct ProtectiveStop(double StopPrice, double LimitPrice = double.NaN)
{
    public bool IsStopLimit => !double.IsNaN(LimitPrice);
}
