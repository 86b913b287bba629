using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>One scorer (a model kind or a factor baseline) at one horizon, measured on the evaluation window only.</summary>
public sealed record ScorerReport(string Name, IcSummary Ic, IcSummary RankIc, IReadOnlyDictionary<int, IcSummary> RankIcByYear,
    QuantileSpread Quantiles, TopKResult LongShort, TopKResult LongOnly, string? Error = null);

/// <summary>All scorers at one horizon plus the benchmarks over the same rebalance dates.</summary>
public sealed record HorizonReport(Horizon Horizon, int HorizonBars, IReadOnlyList<ScorerReport> Scorers, TopKResult EqualWeight, TopKResult BenchmarkBuyHold,
    double MeanMembers, int TrainRowsLastFold);

/// <summary>A cross-sectional study's results.</summary>
public sealed record CrossSectionalReport(IReadOnlyList<string> Symbols, DateTimeOffset EvaluateFrom, DateTimeOffset EvaluateTo,
    IReadOnlyList<HorizonReport> Horizons, CrossSectionalStudyOptions Options)
{
    /// <summary>Every book tried (scorers × long/short and long-only × horizons): the trial count for a Deflated Sharpe.</summary>
    public int Trials => Horizons.Sum(h => h.Scorers.Count(s => s.Error is null) * 2);
}
