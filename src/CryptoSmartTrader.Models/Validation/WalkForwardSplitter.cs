namespace CryptoSmartTrader.Models.Validation;

/// <summary>
/// Purged, embargoed walk-forward splits. A sample at time t has feature window [t - lookback, t] and label window
/// (t, t + horizon]. A training sample is kept for a test block starting at s only when
/// t + max(horizon, embargo) + lookback &lt; s, so its label window ends before any test sample's feature window begins.
/// </summary>
public static class WalkForwardSplitter
{
    public static IReadOnlyList<WalkForwardFold> Split(ReadOnlySpan<long> timesMs, TimeSpan horizon, TimeSpan featureLookback, WalkForwardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (horizon <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "walk-forward: horizon must be positive");
        }

        if (featureLookback < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(featureLookback), featureLookback, "walk-forward: feature lookback must not be negative");
        }

        for (var i = 1; i < timesMs.Length; i++)
        {
            if (timesMs[i] < timesMs[i - 1])
            {
                throw new ArgumentException($"walk-forward: sample times must be sorted, row {i} is earlier than row {i - 1}", nameof(timesMs));
            }
        }

        var folds = new List<WalkForwardFold>();
        if (timesMs.Length == 0)
        {
            return folds;
        }

        var first = timesMs[0];
        var last = timesMs[^1];
        var testFrom = first + (long)((last - first) * options.InitialTrainFraction);
        var blockMs = Math.Max(1, (last + 1 - testFrom) / options.Folds);
        var gapMs = (long)Math.Max(horizon.TotalMilliseconds, options.Embargo.TotalMilliseconds) + (long)featureLookback.TotalMilliseconds;
        var windowMs = options.Mode == WalkForwardMode.Rolling ? (long)options.TrainWindow!.Value.TotalMilliseconds : long.MaxValue;
        for (var k = 0; k < options.Folds; k++)
        {
            var start = testFrom + k * blockMs;
            var end = k == options.Folds - 1 ? last + 1 : start + blockMs;
            var trainEnd = start - gapMs; // exclusive: t < start - gap  <=>  t + gap < start
            var trainStart = windowMs == long.MaxValue ? long.MinValue : trainEnd - windowMs;
            var train = new List<int>();
            var test = new List<int>();
            for (var i = 0; i < timesMs.Length; i++)
            {
                var t = timesMs[i];
                if (t >= start && t < end)
                {
                    test.Add(i);
                }
                else if (t < trainEnd && t >= trainStart)
                {
                    train.Add(i);
                }
            }

            if (train.Count > 0 && test.Count > 0)
            {
                folds.Add(new WalkForwardFold(folds.Count, [.. train], [.. test], start, end));
            }
        }

        return folds;
    }
}
