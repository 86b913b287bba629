namespace CryptoSmartTrader.Core.Markets;

/// <summary>One price level of an order book: price and resting size in the base asset.</summary>
public readonly record struct BookLevel(decimal Price, decimal Size);
