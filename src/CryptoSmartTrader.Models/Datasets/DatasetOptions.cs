using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Models.Labels;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>How a labelled dataset is built for one horizon.</summary>
public sealed record DatasetOptions
{
    public Horizon Horizon { get; init; } = Horizon.H24;

    /// <summary>The longest look-back any feature uses; purging needs it to know each sample's feature window.</summary>
    public TimeSpan FeatureLookback { get; init; } = TimeSpan.FromDays(30);

    public CostThreshold Cost { get; init; } = CostThreshold.BinanceSpotTaker;

    /// <summary>Adds the past log return over the horizon (known at t) as a column; the persistence baseline reads it.</summary>
    public bool IncludeLagReturn { get; init; } = true;

    /// <summary>Adds one indicator column per symbol so a pooled model can learn symbol-level offsets.</summary>
    public bool IncludeSymbolIndicators { get; init; } = true;

    /// <summary>When set, triple-barrier labels are computed too.</summary>
    public TripleBarrierOptions? TripleBarrier { get; init; }

    /// <summary>Only samples whose feature time (bar close) lies in [From, To] are kept; labels may reach beyond To.</summary>
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    /// <summary>
    /// Keeps one bar per period of this duration, thinning heavily overlapping labels and cutting training cost; the kept
    /// bar's position in the period advances by one bar each period (4h on 1h bars keeps 00:00, 05:00, 10:00, 15:00,
    /// 16:00, …) so no time of day is left out. Null keeps every bar.
    /// </summary>
    public TimeSpan? Stride { get; init; }

    /// <summary>Drops samples whose label window ends after this time, so a training set stops short of a later test window.</summary>
    public DateTimeOffset? LabelsEndBy { get; init; }

    /// <summary>
    /// The symbols that get indicator columns (a stored model's training symbols, so inference rows match its schema).
    /// Null: the frames' own symbols. A frame whose symbol is not listed gets all indicators at zero.
    /// </summary>
    public IReadOnlyList<CryptoSmartTrader.Core.Markets.Symbol>? IndicatorSymbols { get; init; }

    /// <summary>
    /// Bars per sample. 1 (default): one row per bar. L &gt; 1: a row holds the L consecutive bars of one symbol ending at t,
    /// oldest first, each with all its columns (for sequence models). A window with a missing bar (a gap) or an undefined
    /// value is dropped and counted in <see cref="DatasetReport.ShortSequence"/>, never filled.
    /// </summary>
    public int SequenceLength { get; init; } = 1;

    public const string LagReturnColumn = "lag_return";
    public const string SymbolColumnPrefix = "symbol=";
}
