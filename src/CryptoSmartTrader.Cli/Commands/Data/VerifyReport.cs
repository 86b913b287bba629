using CryptoSmartTrader.Data.Quality;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>The <c>verify --json</c> shape of one series: plain strings and numbers, times in UTC.</summary>
internal sealed record VerifyReport(
    string Exchange, string Symbol, string Timeframe, DateTimeOffset AsOf, int Rows, DateTimeOffset? FirstOpen, DateTimeOffset? LastOpen,
    long ExpectedBars, int GapCount, long MissingBars, IReadOnlyList<VerifyGap> Gaps, int Duplicates, int Invalid, bool Stale, double? AgeHours,
    int ReturnOutliers, int RangeOutliers, IReadOnlyList<PriceOutlier> Outliers, CrossExchangeCheck? CrossExchange, double Score, bool Tradable,
    IReadOnlyList<string> Reasons)
{
    public static VerifyReport From(DataQualityReport r) => new(
        r.Exchange.Id, r.Symbol.ToString(), r.Timeframe.Code, r.AsOf, r.Rows, r.FirstOpen, r.LastOpen, r.ExpectedBars, r.GapCount, r.MissingBars,
        r.Gaps.Select(g => new VerifyGap(g.LastBeforeOpen, g.FirstAfterOpen, g.MissingBars)).ToList(), r.Duplicates, r.Invalid, r.Stale,
        r.Age?.TotalHours, r.ReturnOutliers, r.RangeOutliers, r.Outliers, r.CrossExchange, Math.Round(r.Score, 6), r.Tradable, r.Reasons);
}

/// <summary>A gap: the open times of the bars on either side and the number of missing bars between them.</summary>
internal sealed record VerifyGap(DateTimeOffset After, DateTimeOffset Before, long Missing);
