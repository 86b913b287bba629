namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// One closed mark-, index- or premium-index bar. Values are known at <see cref="CloseTime"/> (exclusive end of the bar).
/// Premium bars are signed fractions, so no price invariant (positive, low ≤ open) beyond ordering is assumed.
/// </summary>
public sealed record DerivativesBar(DateTimeOffset OpenTime, DateTimeOffset CloseTime, decimal Open, decimal High, decimal Low, decimal Close);
