using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Paging;

/// <summary>
/// Builds OHLCV bars from trades (Kraken history beyond its 720-bar OHLC window). A bar exists only where trades
/// exist; an interval without trades stays missing so the integrity gate can report it.
/// </summary>
internal sealed class TradeCandleBuilder(Timeframe timeframe)
{
    private readonly SortedDictionary<DateTimeOffset, Bar> _bars = [];
    private DateTimeOffset _lastTime = DateTimeOffset.MinValue;

    public DateTimeOffset? LastTradeTime => _lastTime == DateTimeOffset.MinValue ? null : _lastTime;

    /// <summary>Trades must arrive in time order (as the venue pages them); an earlier trade means the pages overlap wrongly.</summary>
    public void Add(Trade trade)
    {
        if (trade.Time < _lastTime)
        {
            throw new ArgumentException($"trades out of order: {trade.Time:O} after {_lastTime:O}");
        }

        _lastTime = trade.Time;
        var open = timeframe.Floor(trade.Time);
        if (_bars.TryGetValue(open, out var bar))
        {
            bar.High = Math.Max(bar.High, trade.Price);
            bar.Low = Math.Min(bar.Low, trade.Price);
            bar.Close = trade.Price;
            bar.Volume += trade.Size;
        }
        else
        {
            _bars[open] = new Bar { Open = trade.Price, High = trade.Price, Low = trade.Price, Close = trade.Price, Volume = trade.Size };
        }
    }

    /// <summary>Copies every bar whose open time is before <paramref name="before"/> into the collector (which drops unclosed bars).</summary>
    public void CopyTo(CandleCollector collector, DateTimeOffset before)
    {
        foreach (var (open, bar) in _bars)
        {
            if (open < before)
            {
                collector.Add(open, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);
            }
        }
    }

    private sealed class Bar
    {
        public decimal Open { get; init; }
        public decimal High { get; set; }
        public decimal Low { get; set; }
        public decimal Close { get; set; }
        public decimal Volume { get; set; }
    }
}
