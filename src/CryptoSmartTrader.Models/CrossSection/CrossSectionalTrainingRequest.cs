using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>What <see cref="CrossSectionalModelTrainer"/> fits: one model kind on the pooled <c>xsection</c> rows of a universe.</summary>
public sealed record CrossSectionalTrainingRequest
{
    /// <summary>The registry name (letters, digits, '.', '_', '-').</summary>
    public required string Name { get; init; }

    /// <summary>A registered model kind (<c>ModelKinds</c>): linear, xgboost, …</summary>
    public string Kind { get; init; } = "linear";

    public Horizon Horizon { get; init; } = Horizon.Parse("24h");
    public CrossSectionalTargetKind Target { get; init; } = CrossSectionalTargetKind.Rank;

    /// <summary>First sample bar close (earlier bars still warm the factors up).</summary>
    public required DateTimeOffset TrainFrom { get; init; }

    /// <summary>End of training: every label window ends by this time, so trading from after it is out of sample.</summary>
    public required DateTimeOffset TrainTo { get; init; }

    public int Seed { get; init; } = 1;
    public int TrainStrideBars { get; init; } = 24;
    public CrossSectionalOptions Factors { get; init; } = new();
}
