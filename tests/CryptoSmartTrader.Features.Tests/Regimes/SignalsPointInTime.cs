using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Tests.Regimes;

/// <summary>
/// No-look-ahead check for the regime/cross-coin/sentiment bar features (used until the shared PointInTime harness is
/// available): for random bars t, the features computed on the data truncated at t's close equal the full-history values
/// at t (NaN equals NaN).
/// </summary>
internal static class SignalsPointInTime
{
    public static void Assert(Func<DateTimeOffset, (double[][] Columns, int Row)> truncated, double[][] full, CandleSeries grid, int samples, int seed, int minIndex)
    {
        var rng = new Random(seed);
        for (var s = 0; s < samples; s++)
        {
            var t = rng.Next(minIndex, grid.Count);
            var (cols, row) = truncated(grid[t].CloseTime);
            for (var c = 0; c < full.Length; c++)
            {
                var expected = full[c][t];
                var actual = cols[c][row];
                Xunit.Assert.True(double.IsNaN(expected) ? double.IsNaN(actual) : Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)),
                    $"column {c} at bar {t} ({grid[t].CloseTime:O}): full history {expected}, truncated {actual}");
            }
        }
    }
}
