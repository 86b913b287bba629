namespace CryptoSmartTrader.Data.Resampling;

/// <summary>A target bar that lacked source bars: its open time, how many source bars it had and how many it needs.</summary>
public readonly record struct PartialBucket(DateTimeOffset OpenTime, int Bars, int ExpectedBars)
{
    public int MissingBars => ExpectedBars - Bars;
}
