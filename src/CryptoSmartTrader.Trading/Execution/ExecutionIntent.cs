using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Execution;

/// <summary>A risk-approved quantity change to execute: symbol index, signed quantity, the reference (last close) price and why.</summary>
public readonly record struct ExecutionIntent(int SymbolIndex, double SignedQuantity, double ReferencePrice, long TimeMs, double Confidence, ReasonCode Reason);
