namespace CryptoSmartTrader.Research.CrossSection;

/// <summary>
/// One scorer (or benchmark) at one horizon, flattened for tables and JSON. Ann. returns and Sharpe ratios are after fees
/// and slippage; DSR is the Deflated Sharpe (probability the true Sharpe beats the best of all books tried by luck).
/// Benchmarks (equal-weight, buy-and-hold) fill only the long-only columns and are not counted as trials.
/// </summary>
public sealed record CrossSectionalRow(
    string Horizon, string Scorer, int Bars, double Ic, double RankIc, double RankIcIr, double RankIcTStat, int IndependentBars,
    double BottomQuantile, double TopQuantile, double Spread,
    int Periods, double LongShortReturn, double LongShortSharpe, double LongShortDsr, double LongShortTurnover,
    double LongOnlyReturn, double LongOnlySharpe, double LongOnlyDsr, double LongOnlyTurnover, double LongOnlyMaxDrawdown, string? Error);

/// <summary>Rank IC of one scorer at one horizon within one calendar year of the evaluation window.</summary>
public sealed record CrossSectionalYearRow(string Horizon, string Scorer, int Year, int Bars, double RankIc, double RankIcIr, double RankIcTStat, int IndependentBars);
