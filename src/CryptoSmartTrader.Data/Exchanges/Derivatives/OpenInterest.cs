namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// Open interest at the end of one sampling period. <see cref="Time"/> is the period end, the earliest moment the value is
/// known. Venue stamps are read as period starts and the period is added: the cautious reading (the venues do not say
/// which end they stamp), so a value is never used before it could have been known. <see cref="Amount"/> is in the venue's unit (base asset
/// on Binance, contracts on HTX), so only relative changes are comparable across venues; <see cref="Value"/> is the quote
/// notional where the venue reports it.
/// </summary>
public sealed record OpenInterest(DateTimeOffset Time, decimal Amount, decimal? Value = null);
