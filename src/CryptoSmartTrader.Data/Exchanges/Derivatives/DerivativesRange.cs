using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>
/// The requested window clipped to what is already known at the client's clock: [Since, End) with End ≤ now, so a
/// derivatives call never returns a value stamped after the moment it was asked for.
/// </summary>
internal readonly record struct DerivativesRange(DateTimeOffset Since, DateTimeOffset End)
{
    public static DerivativesRange Of(DateTimeOffset since, DateTimeOffset? until, DateTimeOffset now)
    {
        var end = until is { } u && u < now ? u : now;
        return new DerivativesRange(since, end);
    }

    public bool IsEmpty => End <= Since;

    public bool Contains(DateTimeOffset t) => t >= Since && t < End;

    /// <summary>Bars are returned when they opened inside the window and have already closed.</summary>
    public bool HoldsBar(DateTimeOffset open, Timeframe timeframe) => open >= Since && open < End && timeframe.CloseOf(open) <= End;

    /// <summary>Open interest is stamped at its period end and counts when that end is in (Since, End].</summary>
    public bool HoldsPeriodEnd(DateTimeOffset periodEnd) => periodEnd > Since && periodEnd <= End;

    /// <summary>
    /// Rows in stamp order with exact repeats (page overlaps) dropped. Two different rows with one stamp are both kept, so the
    /// store refuses the conflict instead of the adapter silently choosing one.
    /// </summary>
    public static ExchangeResult<IReadOnlyList<T>> Ascending<T>(IEnumerable<T> rows, Func<T, DateTimeOffset> stamp) =>
        ExchangeResult<IReadOnlyList<T>>.Ok([.. rows.Distinct().OrderBy(stamp)]);
}
