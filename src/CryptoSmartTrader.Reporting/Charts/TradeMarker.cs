using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Reporting.Charts;

/// <summary>A fill to mark on a price chart: time, price, side and an optional hover label (e.g. reason or size).</summary>
public readonly record struct TradeMarker(DateTimeOffset Time, double Price, TakerSide Side, string? Label = null);
