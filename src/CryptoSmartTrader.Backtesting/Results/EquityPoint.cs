namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// The portfolio valued at one bar close: equity and gross/net exposure in the account currency, marked at the last
/// close known at <see cref="Time"/> for each held symbol.
/// </summary>
public readonly record struct EquityPoint(DateTimeOffset Time, decimal Equity, decimal GrossExposure, decimal NetExposure);
