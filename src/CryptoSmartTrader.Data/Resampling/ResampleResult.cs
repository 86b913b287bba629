using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Resampling;

/// <summary>
/// Resampled bars plus an account of every incomplete bucket. With <see cref="PartialBucketPolicy.Drop"/> the partial
/// buckets are absent from <see cref="Series"/>; with <see cref="PartialBucketPolicy.Keep"/> they are present and listed here.
/// </summary>
public sealed record ResampleResult(CandleSeries Series, int CompleteBuckets, IReadOnlyList<PartialBucket> PartialBuckets, PartialBucketPolicy Policy);
