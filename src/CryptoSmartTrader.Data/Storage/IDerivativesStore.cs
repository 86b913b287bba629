using CryptoSmartTrader.Data.Exchanges.Derivatives;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// Funding events, open-interest series and mark/index/premium bars, each stored under the time it became known. Writes
/// follow the candle rules: a batch is all or nothing, repeats of stored values are no-ops, and a different value for a
/// stored time is refused (never overwritten). Gaps are kept as gaps.
/// </summary>
public interface IDerivativesStore
{
    CandleWriteResult SaveFunding(DerivativesSeriesKey key, IReadOnlyList<FundingRate> rates);

    CandleWriteResult SaveOpenInterest(DerivativesSeriesKey key, IReadOnlyList<OpenInterest> values);

    CandleWriteResult SavePriceBars(DerivativesSeriesKey key, IReadOnlyList<DerivativesBar> bars);

    /// <summary>Values known in [<paramref name="from"/>, <paramref name="to"/>), in time order.</summary>
    IReadOnlyList<FundingRate> LoadFunding(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to);

    IReadOnlyList<OpenInterest> LoadOpenInterest(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to);

    /// <summary>Bars whose close is in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    IReadOnlyList<DerivativesBar> LoadPriceBars(DerivativesSeriesKey key, DateTimeOffset from, DateTimeOffset to);

    /// <summary>The series' size and known-time bounds; Rows 0 when nothing is stored.</summary>
    DerivativesSeriesInfo Describe(DerivativesSeriesKey key);

    IReadOnlyList<DerivativesSeriesInfo> ListDerivativesSeries();
}
