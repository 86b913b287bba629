namespace CryptoSmartTrader.Data.Resampling;

/// <summary>What to do with a target bar whose source bars are not all present.</summary>
public enum PartialBucketPolicy
{
    /// <summary>Leave it out (the default): a bar built from part of its interval would misstate its range and volume.</summary>
    Drop,

    /// <summary>Emit it from the bars that exist; it is still listed in <see cref="ResampleResult.PartialBuckets"/>.</summary>
    Keep,
}
