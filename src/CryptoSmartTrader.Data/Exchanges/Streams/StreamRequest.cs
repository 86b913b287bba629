using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>What to subscribe to. <see cref="Timeframe"/> is used for candles, <see cref="Depth"/> for books.</summary>
public sealed record StreamRequest(Symbol Symbol, StreamChannel Channel, Timeframe? Timeframe = null, int Depth = 20);
