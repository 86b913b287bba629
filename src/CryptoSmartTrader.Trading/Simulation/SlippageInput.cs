using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Simulation;

/// <summary>What a slippage model may look at: side, quantity, the reference price, the bar being filled on and the
/// order book known when the order was sent (null when none was supplied).</summary>
public readonly record struct SlippageInput(bool IsBuy, double Quantity, double ReferencePrice, Bar Bar, OrderBook? Book);
