using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>Settings of <see cref="RecursiveAnalysis"/>.</summary>
public sealed class RecursiveOptions
{
    /// <summary>Warm-up lengths (bars per symbol) to try; the longest is the reference.</summary>
    public IReadOnlyList<int> WarmupBars { get; init; } = [0, 25, 50, 100, 200, 400];

    public IReadOnlyList<IFeatureSet> Features { get; init; } = [];

    public double Tolerance { get; init; } = 1e-9;

    public void Validate()
    {
        if (WarmupBars.Count < 2) throw new ArgumentException($"recursive: expected at least 2 warm-up lengths, got {WarmupBars.Count}", nameof(WarmupBars));
        if (WarmupBars.Any(w => w < 0)) throw new ArgumentOutOfRangeException(nameof(WarmupBars), "recursive: warm-up lengths must be >= 0");
        if (!(Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "recursive: Tolerance must be >= 0");
    }
}
