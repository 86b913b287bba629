using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// Finds gaps in a stored derivatives series. Open interest and bars have a fixed spacing (their period); funding events
/// do not (venues fund every 1, 4 or 8 hours and change it per contract), so their expected spacing is the series' most
/// common one and only spacings beyond it count as gaps.
/// </summary>
public static class DerivativesGaps
{
    /// <summary>The spacing a series should have: its interval, or for funding its most common spacing (null below two values).</summary>
    public static TimeSpan? ExpectedSpacing(IReadOnlyList<DateTimeOffset> stamps, Timeframe? interval)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        if (interval is { } tf)
        {
            return tf.Duration;
        }

        if (stamps.Count < 2)
        {
            return null;
        }

        // Ties go to the shorter spacing: the cautious reading, under which more stretches show up as gaps.
        return stamps.Zip(stamps.Skip(1), (a, b) => b - a).GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    public static IReadOnlyList<DerivativesGap> Find(IReadOnlyList<DateTimeOffset> stamps, TimeSpan spacing)
    {
        ArgumentNullException.ThrowIfNull(stamps);
        if (spacing <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(spacing), spacing, "spacing: expected a positive duration");
        }

        var gaps = new List<DerivativesGap>();
        for (var i = 1; i < stamps.Count; i++)
        {
            var step = stamps[i] - stamps[i - 1];
            if (step > spacing)
            {
                gaps.Add(new DerivativesGap(stamps[i - 1], stamps[i], (long)Math.Ceiling(step / spacing) - 1));
            }
        }

        return gaps;
    }
}
