using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// One stored derivatives series. <see cref="Interval"/> is the sampling period of open interest or the bar timeframe;
/// funding has no fixed interval (venues use 1, 4 or 8 hours and change it) and is stored with <see cref="Interval"/> null.
/// </summary>
public sealed record DerivativesSeriesKey(Exchange Exchange, Symbol Symbol, DerivativesKind Kind, Timeframe? Interval)
{
    public string IntervalCode => Interval?.Code ?? "event";

    public string KindCode => Kind switch
    {
        DerivativesKind.Funding => "funding",
        DerivativesKind.OpenInterest => "open-interest",
        DerivativesKind.MarkBars => "mark",
        DerivativesKind.IndexBars => "index",
        _ => "premium",
    };

    public override string ToString() => $"{Exchange} {Symbol} {KindCode}{(Interval is { } i ? " " + i.Code : string.Empty)}";
}
