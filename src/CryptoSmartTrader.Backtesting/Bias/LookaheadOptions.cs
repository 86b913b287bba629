using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>Settings of <see cref="LookaheadAnalysis"/>.</summary>
public sealed class LookaheadOptions
{
    /// <summary>How many truncation points, spread evenly over the traded bar closes.</summary>
    public int Points { get; init; } = 20;

    /// <summary>Feature sets whose columns are compared at each point (none: only insights, decisions and orders).</summary>
    public IReadOnlyList<IFeatureSet> Features { get; init; } = [];

    /// <summary>Relative tolerance for numbers (absolute below 1).</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>Most findings kept in the report (the counts are always complete).</summary>
    public int MaxFindings { get; init; } = 200;

    public void Validate()
    {
        if (Points < 1) throw new ArgumentOutOfRangeException(nameof(Points), Points, "lookahead: Points must be >= 1");
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "lookahead: Tolerance must be >= 0");
        if (MaxFindings < 0) throw new ArgumentOutOfRangeException(nameof(MaxFindings), MaxFindings, "lookahead: MaxFindings must be >= 0");
    }
}
