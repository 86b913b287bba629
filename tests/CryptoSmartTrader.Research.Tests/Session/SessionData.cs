using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.TestKit.Datasets;

namespace CryptoSmartTrader.Research.Tests.Session;

/// <summary>Small windows of the real Binance hourly candles (read once per test run by SharedCandles).</summary>
internal static class SessionData
{
    public static CandleSeries Hourly(string baseAsset, DateTimeOffset from, DateTimeOffset to) =>
        SharedCandles.BinanceHourly(baseAsset).SliceByCloseTime(from, to);

    public static DateTimeOffset Utc(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
