namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>
/// An indicator drawn over a candlestick chart, one value per bar (NaN where the indicator is not yet defined, e.g. warm-up).
/// <see cref="OwnPanel"/> draws it in a separate panel (oscillators such as RSI) instead of on the price axis.
/// </summary>
public sealed record IndicatorOverlay(string Name, IReadOnlyList<double> Values, string? Color = null, bool OwnPanel = false);
