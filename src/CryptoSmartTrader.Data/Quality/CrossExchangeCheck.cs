using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// Closes of the same pair on two venues compared at equal close times: how many bars overlapped, how many deviated by more
/// than the threshold (|ln(a/b)|), the worst deviation and the deviation at the newest common bar.
/// </summary>
public sealed record CrossExchangeCheck(
    Exchange Reference,
    int ComparedBars,
    int DeviatingBars,
    double MaxDeviation,
    DateTimeOffset? MaxDeviationClose,
    double LatestDeviation,
    DateTimeOffset? LatestClose);
