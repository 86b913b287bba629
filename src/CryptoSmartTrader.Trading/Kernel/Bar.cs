using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// A closed candle on the kernel's hot path: times in Unix milliseconds (UTC) and prices as doubles, so a bar close
/// costs no decimal arithmetic. Decimal appears only where orders and fills are created.
/// </summary>
public readonly record struct Bar(long OpenTimeMs, long CloseTimeMs, double Open, double High, double Low, double Close, double Volume)
{
    public static Bar FromCandle(in Candle candle) => new(candle.OpenTime.ToUnixTimeMilliseconds(), candle.CloseTime.ToUnixTimeMilliseconds(),
        (double)candle.Open, (double)candle.High, (double)candle.Low, (double)candle.Close, (double)candle.Volume);

    /// <summary>The bar at <paramref name="index"/> of a series, read straight from its columns.</summary>
    public static Bar FromSeries(CandleSeries series, int index) => new(series.OpenTimeMs[index], series.CloseTimeMs[index],
        series.Open[index], series.High[index], series.Low[index], series.Close[index], series.Volume[index]);
}
