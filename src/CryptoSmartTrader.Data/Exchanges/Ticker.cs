using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>
/// A 24h rolling ticker. <see cref="BaseVolume"/> is in the base asset, <see cref="QuoteVolume"/> in the quote asset;
/// Kraken publishes no quote volume, so it is base volume × VWAP there (documented by Kraken as the 24h VWAP).
/// </summary>
public sealed record Ticker(
    Exchange Exchange,
    Symbol Symbol,
    DateTimeOffset Time,
    decimal? Bid,
    decimal? Ask,
    decimal Last,
    decimal BaseVolume,
    decimal QuoteVolume);
