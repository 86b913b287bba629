namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Where the kernel's orders go. The kernel code is the same in every mode; only the clock and the venue differ.</summary>
public enum TradingMode
{
    Backtest = 1,
    Paper = 2,
    Live = 3,
}
