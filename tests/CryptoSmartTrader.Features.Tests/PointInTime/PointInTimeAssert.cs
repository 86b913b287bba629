using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.PointInTime;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Features.Tests.PointInTime;

/// <summary>
/// Reusable test assertion: a feature computation gives the same values on history truncated at many random times as on
/// the full history (no look-ahead). Defaults to a 3,000-bar slice of real Binance BTC/USDT hourly candles.
/// </summary>
public static class PointInTimeAssert
{
    public static CandleSeries DefaultSeries => SharedCandles.BinanceHourly("BTC").Slice(30_000, 3_000);

    public static PointInTimeReport NoLookAhead(IFeatureSet set, CandleSeries? series = null, PointInTimeOptions? options = null) =>
        NoLookAhead(set.Compute, set.Columns, series, options);

    public static PointInTimeReport NoLookAhead(Func<CandleSeries, double[][]> compute, IReadOnlyList<string>? columns = null,
        CandleSeries? series = null, PointInTimeOptions? options = null)
    {
        var report = PointInTimeVerifier.Check(series ?? DefaultSeries, compute, columns, options ?? new PointInTimeOptions { Cuts = 40 });
        Assert.True(report.IsClean, report.Describe());
        return report;
    }
}
