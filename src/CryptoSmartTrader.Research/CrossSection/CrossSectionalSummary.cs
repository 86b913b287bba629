using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Models.CrossSection;
using CryptoSmartTrader.Research.Display;
using static CryptoSmartTrader.Research.Display.DisplayValue;

namespace CryptoSmartTrader.Research.CrossSection;

/// <summary>
/// Flattens a <see cref="CrossSectionalReport"/> into rows and tables (CLI, facade, notebook). The Deflated Sharpe of every
/// book uses the report's trial count (every scorer × long/short and long-only × horizon), its per-period Sharpe, the
/// periods' skewness and kurtosis, and — the trials' Sharpe variance not being comparable across horizons — the
/// estimator's own variance (<see cref="SharpeInference.Deflated"/>'s documented fallback).
/// </summary>
public static class CrossSectionalSummary
{
    public static IReadOnlyList<CrossSectionalRow> Rows(CrossSectionalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var trials = Math.Max(1, report.Trials);
        var rows = new List<CrossSectionalRow>();
        foreach (var h in report.Horizons)
        {
            var code = h.Horizon.Code;
            foreach (var s in h.Scorers)
            {
                rows.Add(new CrossSectionalRow(code, s.Name, s.RankIc.Bars, s.Ic.Mean, s.RankIc.Mean, s.RankIc.Icir, s.RankIc.TStat, s.RankIc.IndependentBars,
                    s.Quantiles.MeanReturn.Length > 0 ? s.Quantiles.MeanReturn[0] : double.NaN,
                    s.Quantiles.MeanReturn.Length > 0 ? s.Quantiles.MeanReturn[^1] : double.NaN, s.Quantiles.Spread,
                    s.LongShort.Periods, s.LongShort.AnnualisedReturn, s.LongShort.Sharpe, Dsr(s.LongShort, trials), s.LongShort.MeanTurnover,
                    s.LongOnly.AnnualisedReturn, s.LongOnly.Sharpe, Dsr(s.LongOnly, trials), s.LongOnly.MeanTurnover, s.LongOnly.MaxDrawdown, s.Error));
            }

            rows.Add(Benchmark(code, "equal-weight", h.EqualWeight));
            rows.Add(Benchmark(code, $"buy-hold {report.Options.Factors.BenchmarkBase}", h.BenchmarkBuyHold));
        }

        return rows;
    }

    public static IReadOnlyList<CrossSectionalYearRow> YearRows(CrossSectionalReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Horizons.SelectMany(h => h.Scorers.Where(s => s.Error is null).SelectMany(s => s.RankIcByYear.Select(y =>
            new CrossSectionalYearRow(h.Horizon.Code, s.Name, y.Key, y.Value.Bars, y.Value.Mean, y.Value.Icir, y.Value.TStat, y.Value.IndependentBars)))).ToList();
    }

    /// <summary>Deflated Sharpe of a book's net period returns given the number of books tried.</summary>
    public static double Dsr(TopKResult book, int trials)
    {
        ArgumentNullException.ThrowIfNull(book);
        var r = book.NetReturns;
        if (r.Length < 3) return double.NaN;
        var mean = r.Average();
        var m2 = r.Average(x => (x - mean) * (x - mean));
        if (!(m2 > 0)) return double.NaN;
        var skew = r.Average(x => Math.Pow(x - mean, 3)) / Math.Pow(m2, 1.5);
        var kurt = r.Average(x => Math.Pow(x - mean, 4)) / (m2 * m2);
        return SharpeInference.Deflated(book.SharpePerPeriod, r.Length, skew, kurt, trials);
    }

    public static DisplayTable Table(CrossSectionalReport report, string? caption = null) =>
        new DisplayTable(["horizon", "scorer", "bars", "IC", "rank IC", "ICIR", "t (indep.)", "Q1 ret", "Q5 ret", "Q5-Q1", "L/S ann.", "L/S Sharpe", "L/S DSR", "L/S turn.", "long ann.", "long Sharpe", "long DSR", "long maxDD"],
                caption ?? $"cross-section {report.Symbols.Count} symbols, {Time(report.EvaluateFrom)} .. {Time(report.EvaluateTo)}, top-k {report.Options.TopK}, band {report.Options.HoldBand}, costs {report.Options.FeeRate + report.Options.SlippageRate:P2} per unit traded, {report.Trials} books tried",
                int.MaxValue)
            .Rows(Rows(report).Select(r => (IReadOnlyList<string>)[r.Horizon, r.Error is null ? r.Scorer : $"{r.Scorer} (failed: {r.Error})", Count(r.Bars),
                F(r.Ic, "0.0000"), F(r.RankIc, "0.0000"), F(r.RankIcIr, "0.000"), F(r.RankIcTStat, "0.00"), P(r.BottomQuantile), P(r.TopQuantile), P(r.Spread),
                P(r.LongShortReturn), F(r.LongShortSharpe, "0.00"), F(r.LongShortDsr, "0.000"), F(r.LongShortTurnover, "0.00"),
                P(r.LongOnlyReturn), F(r.LongOnlySharpe, "0.00"), F(r.LongOnlyDsr, "0.000"), P(r.LongOnlyMaxDrawdown)]));

    public static DisplayTable YearTable(CrossSectionalReport report, string? caption = null) =>
        new DisplayTable(["horizon", "scorer", "year", "bars", "rank IC", "ICIR", "t (indep.)"], caption ?? "rank IC by year", int.MaxValue)
            .Rows(YearRows(report).Select(r => (IReadOnlyList<string>)[r.Horizon, r.Scorer, r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Count(r.Bars),
                F(r.RankIc, "0.0000"), F(r.RankIcIr, "0.000"), F(r.RankIcTStat, "0.00")]));

    private static CrossSectionalRow Benchmark(string horizon, string name, TopKResult b) =>
        new(horizon, name, 0, double.NaN, double.NaN, double.NaN, double.NaN, 0, double.NaN, double.NaN, double.NaN,
            b.Periods, double.NaN, double.NaN, double.NaN, double.NaN, b.AnnualisedReturn, b.Sharpe, double.NaN, b.MeanTurnover, b.MaxDrawdown, null);

    private static string F(double v, string format) => double.IsNaN(v) ? "-" : v.ToString(format, System.Globalization.CultureInfo.InvariantCulture);

    private static string P(double v) => double.IsNaN(v) ? "-" : (100 * v).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
