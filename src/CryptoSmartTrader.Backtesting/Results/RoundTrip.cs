using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// One trade in the reporting sense: a position in a symbol from leaving flat to returning to flat (a flip closes one
/// round trip and opens the next). Prices are quantity-weighted averages; <see cref="NetPnl"/> = gross − fees.
/// </summary>
public sealed record RoundTrip(
    Symbol Symbol,
    int Direction,
    DateTimeOffset EntryTime,
    DateTimeOffset ExitTime,
    decimal Quantity,
    decimal EntryPrice,
    decimal ExitPrice,
    decimal GrossPnl,
    decimal Fees,
    int FillCount)
{
    public decimal NetPnl => GrossPnl - Fees;

    /// <summary>Net PnL as a fraction of the entry notional.</summary>
    public double Return => EntryPrice * Quantity == 0m ? 0.0 : (double)(NetPnl / (EntryPrice * Quantity));

    public TimeSpan Duration => ExitTime - EntryTime;
}
