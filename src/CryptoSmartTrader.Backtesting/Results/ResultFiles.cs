namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>Which CSV files a backtest writes next to result.json (which is always written).</summary>
[Flags]
public enum ResultFiles
{
    None = 0,
    Equity = 1,
    Trades = 2,
    Orders = 4,
    Fills = 8,
    Decisions = 16,
    All = Equity | Trades | Orders | Fills | Decisions,
}
