namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Rolling (or anchored) walk-forward windows over [from, to]: train on <see cref="Train"/>, test on the following
/// <see cref="Test"/>, then move on by <see cref="Test"/>, so the test parts tile the period without overlap.
/// </summary>
public sealed class WalkForwardPlan
{
    public TimeSpan Train { get; init; } = TimeSpan.FromDays(90);
    public TimeSpan Test { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Anchored: every window trains from the start (expanding); otherwise the training window rolls.</summary>
    public bool Anchored { get; init; }

    public IReadOnlyList<WalkForwardWindow> Windows(DateTimeOffset from, DateTimeOffset to)
    {
        if (Train <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Train), Train, "walk-forward: training window must be positive");
        if (Test <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Test), Test, "walk-forward: test window must be positive");
        if (to <= from + Train)
        {
            throw new ArgumentException($"walk-forward: period {from:O} .. {to:O} is not longer than the training window {Train}", nameof(to));
        }

        var list = new List<WalkForwardWindow>();
        for (var trainTo = from + Train; trainTo < to; trainTo += Test)
        {
            var testTo = trainTo + Test < to ? trainTo + Test : to;
            list.Add(new WalkForwardWindow(list.Count, Anchored ? from : trainTo - Train, trainTo, testTo));
        }

        return list;
    }
}
