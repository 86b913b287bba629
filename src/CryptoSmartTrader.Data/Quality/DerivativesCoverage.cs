using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// What the store holds of one derivatives series: rows, first and last known time, the spacing it should have and the gaps
/// against it (reported, never filled). The CLI's <c>data verify --kind …</c>, the notebooks and the bot's status read the same.
/// </summary>
public sealed record DerivativesCoverage(DerivativesSeriesKey Key, long Rows, DateTimeOffset? FirstKnown, DateTimeOffset? LastKnown,
    TimeSpan? ExpectedSpacing, IReadOnlyList<DerivativesGap> Gaps)
{
    /// <summary>Expected values that were never stored, summed over the gaps.</summary>
    public long Missing => Gaps.Sum(g => g.Missing);

    /// <summary>The coverage of a stored series (Rows 0, no bounds and no gaps when nothing is stored).</summary>
    public static DerivativesCoverage Of(IDerivativesStore store, DerivativesSeriesInfo info)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(info);
        var key = info.Key;
        if (info.Rows == 0 || info.FirstKnown is not { } from || info.LastKnown is not { } last)
        {
            return new DerivativesCoverage(key, 0, null, null, key.Interval?.Duration, []);
        }

        var to = last.AddMilliseconds(1);
        IReadOnlyList<DateTimeOffset> stamps = key.Kind switch
        {
            DerivativesKind.Funding => [.. store.LoadFunding(key, from, to).Select(f => f.FundingTime)],
            DerivativesKind.OpenInterest => [.. store.LoadOpenInterest(key, from, to).Select(o => o.Time)],
            _ => [.. store.LoadPriceBars(key, from, to).Select(b => b.CloseTime)],
        };
        var spacing = DerivativesGaps.ExpectedSpacing(stamps, key.Interval);
        var gaps = spacing is { } s ? DerivativesGaps.Find(stamps, s) : [];
        return new DerivativesCoverage(key, info.Rows, from, last, spacing, gaps);
    }

    /// <summary>The coverage of every stored series of one venue and pair (all kinds and intervals), in the store's order.</summary>
    public static IReadOnlyList<DerivativesCoverage> For(IDerivativesStore store, Core.Markets.Exchange exchange, Core.Markets.Symbol symbol)
    {
        ArgumentNullException.ThrowIfNull(store);
        return [.. store.ListDerivativesSeries().Where(s => s.Key.Exchange == exchange && s.Key.Symbol == symbol).Select(s => Of(store, s))];
    }
}
