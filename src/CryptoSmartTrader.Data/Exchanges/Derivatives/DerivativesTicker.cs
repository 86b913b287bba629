namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// The venue's current perpetual snapshot. Fields a venue does not report, or reports in a unit that is not comparable
/// (Kraken's absolute funding rate), are null rather than derived. <see cref="FundingRate"/> is the rate accruing for the
/// coming funding time (an estimate until it settles); <see cref="PredictedFundingRate"/> is the venue's forecast beyond it.
/// </summary>
public sealed record DerivativesTicker(
    string NativeSymbol,
    DateTimeOffset Time,
    decimal? MarkPrice,
    decimal? IndexPrice,
    decimal? FundingRate,
    decimal? PredictedFundingRate,
    decimal? OpenInterest);
