namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A time span labelled with a market regime (e.g. <c>trend-up</c>, <c>high-vol</c>), shaded on a time chart.</summary>
public readonly record struct RegimeSpan(DateTimeOffset Start, DateTimeOffset End, string Label);
