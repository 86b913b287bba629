using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>An alpha's insight for one symbol at one bar close, as recorded by <see cref="RecordingAlphaModel"/>.</summary>
public readonly record struct InsightRecord(long TimeMs, int Symbol, AlphaInsight Insight);
