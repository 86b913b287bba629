namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// One settled funding event of a perpetual swap. <see cref="Rate"/> is the fraction of position notional paid by longs to
/// shorts for the funding period ending at <see cref="FundingTime"/> (negative: shorts pay). The rate becomes known at
/// <see cref="FundingTime"/>, so that is its point-in-time stamp.
/// </summary>
public sealed record FundingRate(DateTimeOffset FundingTime, decimal Rate, decimal? MarkPrice = null);
