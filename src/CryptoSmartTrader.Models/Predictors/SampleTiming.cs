using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Models.Predictors;

/// <summary>When each training row's features are known (bar close, ms, sorted) and how far its label and feature windows reach.</summary>
public sealed record SampleTiming(long[] TimesMs, Horizon Horizon, TimeSpan FeatureLookback);
