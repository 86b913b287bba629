using System.Globalization;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// The integrity analysis behind the gate. Only bars closed at <c>asOf</c> are considered (no look-ahead). Gaps are counted,
/// never filled. Score = completeness × (1 − outlier penalty) × (1 − cross-venue penalty), each penalty 10× the affected
/// fraction capped at 0.5; duplicates or invalid rows make it 0. Tradable needs score ≥ MinScore, fresh data, missing
/// fraction within limits, no gap or outlier among the newest bars and the newest cross-venue deviation within limits.
/// </summary>
public static class DataQuality
{
    public static DataQualityReport Analyze(CandleSeries series, DateTimeOffset asOf, DataQualityOptions? options = null, CandleSeries? reference = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Build(series.KnownAt(asOf), asOf, options ?? new DataQualityOptions(), reference?.KnownAt(asOf), 0, 0);
    }

    /// <summary>Analyses unvalidated rows: out-of-order, misaligned and invalid rows count as invalid, repeated open times as duplicates; the rest is analysed as a series.</summary>
    public static DataQualityReport AnalyzeRaw(RawCandleRows rows, DateTimeOffset asOf, DataQualityOptions? options = null, CandleSeries? reference = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var tf = rows.Timeframe;
        var builder = new CandleSeriesBuilder(rows.Exchange, rows.Symbol, tf, rows.OpenMs.Length);
        int duplicates = 0, invalid = 0;
        long last = long.MinValue;
        var asOfMs = asOf.ToUnixTimeMilliseconds();
        for (var i = 0; i < rows.OpenMs.Length; i++)
        {
            var ms = rows.OpenMs[i];
            var close = tf.CloseOfMs(ms);
            if (close > asOfMs)
            {
                continue;
            }

            if (ms == last)
            {
                duplicates++;
                continue;
            }

            var aligned = tf.IsAligned(DateTimeOffset.FromUnixTimeMilliseconds(ms));
            if (!aligned || !builder.TryAdd(ms, close, rows.Open[i], rows.High[i], rows.Low[i], rows.Close[i], rows.Volume[i], out _))
            {
                invalid++;
                continue;
            }

            last = ms;
        }

        return Build(builder.Build(), asOf, options ?? new DataQualityOptions(), reference?.KnownAt(asOf), duplicates, invalid);
    }

    private static DataQualityReport Build(CandleSeries s, DateTimeOffset asOf, DataQualityOptions o, CandleSeries? reference, int duplicates, int invalid)
    {
        var reasons = new List<string>();
        var baseReport = new DataQualityReport { Exchange = s.Exchange, Symbol = s.Symbol, Timeframe = s.Timeframe, AsOf = asOf, Duplicates = duplicates, Invalid = invalid };
        if (s.IsEmpty)
        {
            reasons.Add($"no {s.Timeframe} bars closed by {Iso(asOf)}");
            AddRowProblems(reasons, duplicates, invalid);
            return baseReport with { Stale = true, Reasons = reasons };
        }

        var tf = s.Timeframe;
        var first = s.OpenTimeMs[0];
        var lastOpen = s.OpenTimeMs[^1];
        var gaps = GapScanner.Scan(s);
        var missing = gaps.Sum(g => g.MissingBars);
        var expected = GapScanner.Intervals(tf, first, lastOpen) + 1;
        var missingFraction = (double)missing / expected;
        var interval = tf.IsFixed ? tf.Duration : TimeSpan.FromDays(31);
        var age = asOf - s.LastCloseTime;
        var stale = age > interval * o.MaxStaleBars;
        var outliers = RobustOutliers.Find(s, o.ReturnOutlierZ, o.RangeOutlierZ, o.OutlierWindowBars);
        var outlierBars = outliers.Select(x => x.OpenTime).Distinct().Count();
        var cross = reference is { IsEmpty: false } ? CrossExchangeComparer.Compare(s, reference, o.MaxCrossExchangeDeviation) : null;

        var score = (double)s.Count / expected
                    * (1 - Math.Min(0.5, 10.0 * outlierBars / s.Count))
                    * (cross is { ComparedBars: > 0 } ? 1 - Math.Min(0.5, 10.0 * cross.DeviatingBars / cross.ComparedBars) : 1);
        if (duplicates + invalid > 0)
        {
            score = 0;
        }

        var tradable = true;
        void Fail(string reason)
        {
            tradable = false;
            reasons.Add(reason);
        }

        if (AddRowProblems(reasons, duplicates, invalid)) tradable = false;
        if (stale) Fail($"stale: newest bar closed {Iso(s.LastCloseTime)}, {FormatAge(age)} before {Iso(asOf)} (limit {o.MaxStaleBars:0.##} bars)");
        if (gaps.Count > 0)
        {
            var largest = gaps.MaxBy(g => g.MissingBars);
            var text = $"{missing} missing bars in {gaps.Count} gaps ({missingFraction:P2} of {expected} expected); largest {largest.MissingBars} bars between {Iso(largest.LastBeforeOpen)} and {Iso(largest.FirstAfterOpen)}";
            if (missingFraction > o.MaxMissingFraction) Fail(text + $" exceeds the {o.MaxMissingFraction:P2} limit"); else reasons.Add(text);
            var recentFrom = lastOpen - (tf.IsFixed ? tf.DurationMs * o.RecentBars : (long)interval.TotalMilliseconds * o.RecentBars);
            var recent = gaps.LastOrDefault(g => g.FirstAfterOpen.ToUnixTimeMilliseconds() > recentFrom);
            if (recent.MissingBars > 0) Fail($"recent gap: {recent.MissingBars} bars missing before {Iso(recent.FirstAfterOpen)}, within the newest {o.RecentBars} bars");
        }

        if (outliers.Count > 0)
        {
            reasons.Add($"{outliers.Count(x => x.Kind == "return")} return and {outliers.Count(x => x.Kind == "range")} range outliers (robust z > {o.ReturnOutlierZ:0.#}/{o.RangeOutlierZ:0.#})");
            var recentOpen = s.OpenTimeMs[Math.Max(0, s.Count - o.RecentOutlierBars)];
            if (outliers.LastOrDefault() is { } newest && newest.OpenTime.ToUnixTimeMilliseconds() >= recentOpen)
            {
                Fail($"outlier among the newest {o.RecentOutlierBars} bars: {newest.Kind} {newest.Value:0.####} at {Iso(newest.OpenTime)} (z {newest.ZScore:0.#})");
            }
        }

        if (cross is { ComparedBars: > 0 })
        {
            if (cross.DeviatingBars > 0) reasons.Add($"{cross.DeviatingBars} of {cross.ComparedBars} closes deviate from {cross.Reference} by more than {o.MaxCrossExchangeDeviation:P1}; worst {cross.MaxDeviation:P2} at {Iso(cross.MaxDeviationClose!.Value)}");
            if (cross.LatestDeviation > o.MaxCrossExchangeDeviation) Fail($"newest close deviates from {cross.Reference} by {cross.LatestDeviation:P2} at {Iso(cross.LatestClose!.Value)}");
        }

        if (score < o.MinScore) Fail($"score {score:0.000} below the minimum {o.MinScore:0.00}");
        if (reasons.Count == 0) reasons.Add("ok");

        return baseReport with
        {
            Rows = s.Count, FirstOpen = s.FirstOpenTime, LastOpen = DateTimeOffset.FromUnixTimeMilliseconds(lastOpen), ExpectedBars = expected,
            GapCount = gaps.Count, MissingBars = missing, Gaps = gaps.OrderByDescending(g => g.MissingBars).ThenBy(g => g.LastBeforeOpen).Take(o.MaxListed).ToList(),
            Stale = stale, Age = age, ReturnOutliers = outliers.Count(x => x.Kind == "return"), RangeOutliers = outliers.Count(x => x.Kind == "range"),
            Outliers = outliers.OrderByDescending(x => Math.Abs(x.ZScore)).Take(o.MaxListed).ToList(), CrossExchange = cross,
            Score = Math.Clamp(score, 0, 1), Tradable = tradable, Reasons = reasons,
        };
    }

    private static bool AddRowProblems(List<string> reasons, int duplicates, int invalid)
    {
        if (duplicates > 0) reasons.Add($"{duplicates} duplicate rows (repeated open times)");
        if (invalid > 0) reasons.Add($"{invalid} invalid rows (bad prices, OHLC relation, misaligned or out-of-order times)");
        return duplicates + invalid > 0;
    }

    private static string FormatAge(TimeSpan age) => age.TotalDays >= 2 ? $"{age.TotalDays:0.#} days" : $"{age.TotalHours:0.#} hours";

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture);
}
