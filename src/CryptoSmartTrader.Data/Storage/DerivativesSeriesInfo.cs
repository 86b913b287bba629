namespace CryptoSmartTrader.Data.Storage;

/// <summary>A stored derivatives series: how many values and the first and last time one became known.</summary>
public sealed record DerivativesSeriesInfo(DerivativesSeriesKey Key, long Rows, DateTimeOffset? FirstKnown, DateTimeOffset? LastKnown);
