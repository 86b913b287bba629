using CryptoSmartTrader.Features.CrossSection;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// What a registered cross-sectional model was trained on, recorded in its metadata so that its inputs can be computed
/// again exactly: the universe it ranks, the relative target and horizon it learnt, the training stride, and every
/// window of the <c>xsection</c> factors.
/// </summary>
public sealed record CrossSectionalModelInfo
{
    /// <summary>The symbols ranked together (e.g. BTC/USDT); a strategy must trade this universe.</summary>
    public required IReadOnlyList<string> Universe { get; init; }

    public required CrossSectionalTargetKind Target { get; init; }

    /// <summary>The label horizon as a code (1h, 24h, 7d, 30d) and in bars of the universe's timeframe.</summary>
    public required string Horizon { get; init; }

    public required int HorizonBars { get; init; }

    /// <summary>One bar per this many kept in training (rotating position), as the walk-forward study does.</summary>
    public required int TrainStrideBars { get; init; }

    /// <summary>Training rows fitted on (pooled bar × symbol).</summary>
    public required int TrainRows { get; init; }

    public required CrossSectionalOptions Factors { get; init; }
}
