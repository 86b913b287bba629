using System.Globalization;
using System.Text;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Exchanges.Streams;

namespace CryptoSmartTrader.Data.Exchanges.Kraken;

/// <summary>
/// Kraken WS v2 book: a snapshot, then updates (quantity 0 removes a level; the book is truncated to the subscribed
/// depth). Each message carries a CRC-32 of the top 10 levels — prices and quantities printed with the pair's
/// precision, the decimal point and leading zeros removed, asks ascending then bids descending — which must match.
/// </summary>
internal sealed class KrakenBook(int depth, int pricePrecision, int quantityPrecision)
{
    private readonly SortedDictionary<decimal, decimal> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, decimal> _asks = [];

    public void Reset()
    {
        _bids.Clear();
        _asks.Clear();
    }

    public void Apply(IEnumerable<BookLevel> bids, IEnumerable<BookLevel> asks)
    {
        Merge(_bids, bids);
        Merge(_asks, asks);
    }

    public uint Checksum()
    {
        var sb = new StringBuilder();
        foreach (var (p, q) in _asks.Take(10))
        {
            sb.Append(Digits(p, pricePrecision)).Append(Digits(q, quantityPrecision));
        }

        foreach (var (p, q) in _bids.Take(10))
        {
            sb.Append(Digits(p, pricePrecision)).Append(Digits(q, quantityPrecision));
        }

        return Crc32.Compute(Encoding.ASCII.GetBytes(sb.ToString()));
    }

    public OrderBook ToOrderBook(Symbol symbol, DateTimeOffset time) => OrderBook.Create(Exchange.Kraken, symbol, time,
        _bids.Select(kv => new BookLevel(kv.Key, kv.Value)), _asks.Select(kv => new BookLevel(kv.Key, kv.Value)));

    private void Merge(SortedDictionary<decimal, decimal> side, IEnumerable<BookLevel> levels)
    {
        foreach (var l in levels)
        {
            if (l.Size == 0)
            {
                side.Remove(l.Price);
            }
            else
            {
                side[l.Price] = l.Size;
            }
        }

        while (side.Count > depth)
        {
            side.Remove(side.Keys.Last());
        }
    }

    private static string Digits(decimal value, int precision) =>
        value.ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace(".", string.Empty, StringComparison.Ordinal).TrimStart('0');
}
