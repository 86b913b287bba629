namespace CryptoSmartTrader.Features.Derivatives;

/// <summary>A derivatives value and the moment it became known (funding time, open-interest period end, mark-bar close).</summary>
public readonly record struct TimedValue(DateTimeOffset KnownAt, double Value);
