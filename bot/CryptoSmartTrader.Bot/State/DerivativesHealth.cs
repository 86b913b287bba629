using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Data.Storage;

namespace CryptoSmartTrader.Bot.State;

/// <summary>One stored derivatives series of a symbol as the page shows it (age against the bot's clock; null where unknown).</summary>
internal sealed record DerivativesSeriesView(string Kind, string Interval, long Rows, DateTimeOffset? FirstKnown, DateTimeOffset? LastKnown,
    double? ExpectedSpacingSeconds, double? AgeSeconds, int Gaps, long Missing);

/// <summary>
/// The derivatives history the store holds for one of the strategy's symbols: newest funding and open-interest time, gaps
/// and staleness. <see cref="Status"/> is <c>ok</c>, <c>no derivatives data</c>, or the problems found (<c>gaps</c>, <c>stale</c>).
/// </summary>
internal sealed record DerivativesHealthView(string Symbol, string Status, DateTimeOffset? FundingLastKnown, DateTimeOffset? OpenInterestLastKnown,
    int Gaps, long Missing, IReadOnlyList<string> Reasons, IReadOnlyList<DerivativesSeriesView> Series);

/// <summary>
/// Reads derivatives coverage from the market store for the data-health job. Only what is stored is reported: a symbol without
/// any series says "no derivatives data" (with the download command), nothing is estimated or carried forward.
/// </summary>
internal static class DerivativesHealth
{
    public const string NoData = "no derivatives data";

    /// <summary>A series whose newest value is older than this many expected spacings is stale.</summary>
    public const int StaleAfterSpacings = 2;

    public static IReadOnlyList<DerivativesHealthView> Read(string dbPath, Exchange exchange, IReadOnlyList<Symbol> symbols, DateTimeOffset now)
    {
        if (!File.Exists(dbPath))
        {
            return [.. symbols.Select(s => Of(exchange, s, [], now))];
        }

        using var store = new SqliteMarketStore(new CandleStoreOptions { DatabasePath = dbPath });
        return [.. symbols.Select(s => Of(exchange, s, DerivativesCoverage.For(store.Derivatives, exchange, s), now))];
    }

    internal static DerivativesHealthView Of(Exchange exchange, Symbol symbol, IReadOnlyList<DerivativesCoverage> coverage, DateTimeOffset now)
    {
        var held = coverage.Where(c => c.Rows > 0).ToList();
        if (held.Count == 0)
        {
            return new DerivativesHealthView(symbol.ToString(), NoData, null, null, 0, 0,
                [$"the store has no funding, open interest or mark data for {exchange} {symbol}; fetch with: cst data download --kind funding --exchange {exchange} --symbols {symbol}"], []);
        }

        var reasons = new List<string>();
        var flags = new SortedSet<string>(StringComparer.Ordinal);
        var series = new List<DerivativesSeriesView>();
        foreach (var c in held)
        {
            var age = now - c.LastKnown!.Value;
            series.Add(new DerivativesSeriesView(c.Key.KindCode, c.Key.IntervalCode, c.Rows, c.FirstKnown, c.LastKnown,
                c.ExpectedSpacing?.TotalSeconds, age.TotalSeconds, c.Gaps.Count, c.Missing));
            if (c.Gaps.Count > 0)
            {
                flags.Add("gaps");
                reasons.Add($"{c.Key.KindCode} {c.Key.IntervalCode}: {c.Gaps.Count} gaps, {c.Missing} values missing (first after {Iso(c.Gaps[0].After)})");
            }

            if (c.ExpectedSpacing is { } spacing && age > spacing * StaleAfterSpacings)
            {
                flags.Add("stale");
                reasons.Add($"{c.Key.KindCode} {c.Key.IntervalCode}: newest value {Iso(c.LastKnown.Value)}, {age.TotalHours.ToString("F1", CultureInfo.InvariantCulture)} h ago (expected every {spacing.TotalHours.ToString("0.##", CultureInfo.InvariantCulture)} h)");
            }
        }

        return new DerivativesHealthView(symbol.ToString(), flags.Count == 0 ? "ok" : string.Join(", ", flags),
            Newest(held, DerivativesKind.Funding), Newest(held, DerivativesKind.OpenInterest),
            held.Sum(c => c.Gaps.Count), held.Sum(c => c.Missing), reasons, series);
    }

    private static DateTimeOffset? Newest(IEnumerable<DerivativesCoverage> held, DerivativesKind kind) =>
        held.Where(c => c.Key.Kind == kind).Max(c => c.LastKnown);

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
