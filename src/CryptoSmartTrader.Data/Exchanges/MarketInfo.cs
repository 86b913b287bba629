using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges;

/// <summary>
/// One instrument as the venue lists it. <see cref="PriceTick"/> and <see cref="SizeStep"/> are the smallest price and
/// quantity increments; minimums are null when the venue does not publish them.
/// </summary>
public sealed record MarketInfo(
    Exchange Exchange,
    Symbol Symbol,
    string NativeId,
    decimal PriceTick,
    decimal SizeStep,
    decimal? MinSize,
    decimal? MinNotional,
    MarketStatus Status);
