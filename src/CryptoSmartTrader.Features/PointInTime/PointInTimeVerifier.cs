using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Features.PointInTime;

/// <summary>
/// The no-look-ahead check for any feature computation: for many random times t, the features computed on the history
/// known at t (<see cref="CandleSeries.KnownAt"/>, i.e. bars closed by t) must equal the features computed on the full
/// history at the same rows. Works on any <c>Func&lt;CandleSeries, double[][]&gt;</c> (one array per column), so feature
/// sets, single indicators and later model or bias checks can all reuse it.
/// </summary>
public static class PointInTimeVerifier
{
    public static PointInTimeReport Check(IFeatureSet set, CandleSeries series, PointInTimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Check(series, set.Compute, set.Columns, options);
    }

    public static PointInTimeReport Check(CandleSeries series, Func<CandleSeries, double[][]> compute,
        IReadOnlyList<string>? columnNames = null, PointInTimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(compute);
        var o = options ?? new PointInTimeOptions();
        if (series.Count < 2)
        {
            throw new ArgumentException($"point-in-time check: need at least 2 bars, got {series.Count}", nameof(series));
        }

        if (o.Cuts < 1 || !(o.Tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"point-in-time check: need Cuts >= 1 and Tolerance >= 0, got {o.Cuts} and {o.Tolerance}");
        }

        var full = compute(series);
        var cuts = SampleCuts(series.Count, o.Cuts, o.Seed);
        var violations = new List<PointInTimeViolation>();
        var compared = 0;
        foreach (var cut in cuts)
        {
            var truncated = compute(series.KnownAt(DateTimeOffset.FromUnixTimeMilliseconds(series.CloseTimeMs[cut])));
            if (truncated.Length != full.Length)
            {
                throw new InvalidOperationException($"point-in-time check: {truncated.Length} columns on truncated data, {full.Length} on full data");
            }

            for (var c = 0; c < full.Length && violations.Count < o.MaxViolations; c++)
            {
                if (truncated[c].Length != cut + 1)
                {
                    throw new InvalidOperationException($"point-in-time check: column {Name(columnNames, c)} has {truncated[c].Length} rows for {cut + 1} bars");
                }

                for (var row = o.CompareWholePrefix ? 0 : cut; row <= cut; row++)
                {
                    compared++;
                    if (!Agree(full[c][row], truncated[c][row], o.Tolerance))
                    {
                        violations.Add(new PointInTimeViolation(Name(columnNames, c), row, cut, full[c][row], truncated[c][row]));
                        break;
                    }
                }
            }
        }

        return new PointInTimeReport(cuts, compared, violations);
    }

    internal static bool Agree(double a, double b, double tolerance)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) && double.IsNaN(b);
        }

        return Math.Abs(a - b) <= tolerance * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
    }

    /// <summary>Distinct sorted cut indices in [0, count − 2] (the last bar would compare the full history with itself).</summary>
    internal static int[] SampleCuts(int count, int cuts, int seed)
    {
        var rng = new Random(seed);
        var set = new SortedSet<int>();
        var max = count - 1;
        var target = Math.Min(cuts, max);
        while (set.Count < target)
        {
            set.Add(rng.Next(0, max));
        }

        return [.. set];
    }

    private static string Name(IReadOnlyList<string>? names, int c) => names is not null && c < names.Count ? names[c] : $"#{c}";
}
