using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>
/// The integrity report of one series over a window. <see cref="Score"/> in [0, 1] measures the window's completeness and
/// cleanliness; <see cref="Tradable"/> also requires fresh data and no hard failure; <see cref="Reasons"/> says why in words.
/// </summary>
public sealed record DataQualityReport
{
    public required Exchange Exchange { get; init; }
    public required Symbol Symbol { get; init; }
    public required Timeframe Timeframe { get; init; }
    public required DateTimeOffset AsOf { get; init; }
    public int Rows { get; init; }
    public DateTimeOffset? FirstOpen { get; init; }
    public DateTimeOffset? LastOpen { get; init; }
    public long ExpectedBars { get; init; }
    public int GapCount { get; init; }
    public long MissingBars { get; init; }
    public IReadOnlyList<CandleGap> Gaps { get; init; } = [];
    public int Duplicates { get; init; }
    public int Invalid { get; init; }
    public bool Stale { get; init; }
    public TimeSpan? Age { get; init; }
    public int ReturnOutliers { get; init; }
    public int RangeOutliers { get; init; }
    public IReadOnlyList<PriceOutlier> Outliers { get; init; } = [];
    public CrossExchangeCheck? CrossExchange { get; init; }
    public double Score { get; init; }
    public bool Tradable { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];

    public DataQualityVerdict ToVerdict() => new(Exchange, Symbol, Timeframe, AsOf, Score, Tradable, Reasons);
}
