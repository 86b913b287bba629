using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Quality;

/// <summary>Thresholds of the integrity gate. Defaults suit hourly crypto bars; every one can be set from configuration.</summary>
public sealed class DataQualityOptions
{
    /// <summary>Stale when the newest known bar closed more than this many intervals before the evaluation time.</summary>
    public double MaxStaleBars { get; set; } = 2;

    /// <summary>Untradable when missing bars exceed this fraction of the bars expected between the first and last bar.</summary>
    public double MaxMissingFraction { get; set; } = 0.01;

    /// <summary>Untradable when a gap lies within this many intervals of the newest bar (indicators would span the hole).</summary>
    public int RecentBars { get; set; } = 24;

    /// <summary>Robust z-score (median/MAD of log close-to-close returns) above which a return is an outlier.</summary>
    public double ReturnOutlierZ { get; set; } = 12;

    /// <summary>Robust z-score of the log high/low range above which a bar's range is an outlier.</summary>
    public double RangeOutlierZ { get; set; } = 12;

    /// <summary>Outlier statistics (median, MAD) are computed per block of this many bars, so each volatility regime is judged on its own.</summary>
    public int OutlierWindowBars { get; set; } = 720;

    /// <summary>Untradable when an outlier falls within this many newest bars (the latest prices cannot be trusted).</summary>
    public int RecentOutlierBars { get; set; } = 3;

    /// <summary>Largest tolerated |ln(close_a / close_b)| between two venues for the same pair at the same close time.</summary>
    public double MaxCrossExchangeDeviation { get; set; } = 0.05;

    /// <summary>Tradable requires at least this score (and none of the hard failures).</summary>
    public double MinScore { get; set; } = 0.9;

    /// <summary>How many intervals before the evaluation time the gate inspects.</summary>
    public int GateWindowBars { get; set; } = 720;

    /// <summary>Venues the gate compares against when the store holds the same pair and timeframe there.</summary>
    public IList<Exchange> ReferenceExchanges { get; } = [];

    /// <summary>How many outliers and gaps a report lists individually (counts are always complete).</summary>
    public int MaxListed { get; set; } = 50;
}
