using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>What one bar close did: orders sent, fills booked, the resulting trading state and ladder level, and equity (double mirror).</summary>
public readonly record struct KernelStep(int OrdersSubmitted, int Fills, TradingState State, DrawdownLevel Level, double Equity);
