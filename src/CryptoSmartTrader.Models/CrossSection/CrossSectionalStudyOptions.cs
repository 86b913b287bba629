using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// What a cross-sectional study runs: horizons, the evaluation window (scored out of sample), the model kinds (by their
/// registry names, fitted in an anchored, purged walk-forward over the evaluation window) and the book settings.
/// </summary>
public sealed record CrossSectionalStudyOptions
{
    public IReadOnlyList<Horizon> Horizons { get; init; } = Horizon.Standard;

    /// <summary>First bar close scored.</summary>
    public DateTimeOffset EvaluateFrom { get; init; }

    /// <summary>Labels must end by this time.</summary>
    public DateTimeOffset EvaluateTo { get; init; }

    /// <summary>Model kinds from <see cref="Kinds.ModelKinds"/> (e.g. <c>linear</c>, <c>xgboost</c>); empty runs baselines only.</summary>
    public IReadOnlyList<string> ModelKinds { get; init; } = ["linear"];

    /// <summary>The target models learn; IC is always measured on demeaned forward returns and rank IC on ranks.</summary>
    public CrossSectionalTargetKind TrainTarget { get; init; } = CrossSectionalTargetKind.Rank;

    /// <summary>Walk-forward test blocks over the evaluation window; each refits on everything before it (purged).</summary>
    public int Folds { get; init; } = 4;

    /// <summary>Keep one training bar per this many (the kept position rotates), thinning overlapping labels.</summary>
    public int TrainStrideBars { get; init; } = 24;

    /// <summary>Extra gap after a training label ends before the test block starts.</summary>
    public int EmbargoBars { get; init; } = 24;

    public int Seed { get; init; } = 1;
    public int Quantiles { get; init; } = 5;
    public int TopK { get; init; } = 3;
    public int HoldBand { get; init; } = 1;
    public double FeeRate { get; init; } = 0.001;

    /// <summary>Books weight names by 1 / volatility (the volatility factor, known at the rebalance bar) instead of equally.</summary>
    public bool VolatilityScaled { get; init; }
    public double SlippageRate { get; init; } = 0.0005;

    public CrossSectionalOptions Factors { get; init; } = new();

    public void Validate()
    {
        if (Horizons is null || Horizons.Count == 0) throw new ArgumentException("cross-sectional study: expected at least one horizon");
        if (EvaluateTo <= EvaluateFrom) throw new ArgumentException($"cross-sectional study: the evaluation window must end after it starts, got {EvaluateFrom:O} .. {EvaluateTo:O}");
        if (Folds < 1) throw new ArgumentOutOfRangeException(nameof(Folds), Folds, "cross-sectional study: Folds must be >= 1");
        if (TrainStrideBars < 1) throw new ArgumentOutOfRangeException(nameof(TrainStrideBars), TrainStrideBars, "cross-sectional study: TrainStrideBars must be >= 1");
        if (EmbargoBars < 0) throw new ArgumentOutOfRangeException(nameof(EmbargoBars), EmbargoBars, "cross-sectional study: EmbargoBars must be >= 0");
        if (Quantiles < 2) throw new ArgumentOutOfRangeException(nameof(Quantiles), Quantiles, "cross-sectional study: Quantiles must be >= 2");
    }
}
