using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Indicators;

/// <summary>One closed bar as plain doubles, the input of every streaming indicator (the hot path never touches decimals).</summary>
public readonly record struct OhlcvBar(double Open, double High, double Low, double Close, double Volume)
{
    /// <summary>Converts an edge <see cref="Candle"/> (decimal prices) to the numeric form.</summary>
    public static OhlcvBar From(in Candle candle) =>
        new((double)candle.Open, (double)candle.High, (double)candle.Low, (double)candle.Close, (double)candle.Volume);

    /// <summary>The typical price (H + L + C) / 3.</summary>
    public double Typical => (High + Low + Close) / 3.0;

    /// <summary>The median price (H + L) / 2.</summary>
    public double Median => (High + Low) / 2.0;
}
