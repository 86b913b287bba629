using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>
/// Keeps an L2 book in sync from a snapshot plus deltas, following the venues' documented rules (Binance: drop
/// events with u ≤ lastUpdateId, the first applied event must straddle lastUpdateId + 1, then each U = previous u + 1;
/// KuCoin: the same on sequenceStart/sequenceEnd; HTX: prevSeqNum = previous seqNum). Any break marks the book
/// unsynced and reports <see cref="BookApplyResult.Gap"/>: the caller must fetch a new snapshot. It never serves a book
/// it cannot vouch for.
/// </summary>
public sealed class OrderBookKeeper(Exchange exchange, Symbol symbol, int maxBuffered = 10_000)
{
    private readonly SortedDictionary<decimal, decimal> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, decimal> _asks = [];
    private readonly List<BookDelta> _buffer = [];
    private long _sequence;
    private bool _firstAfterSnapshot;
    private DateTimeOffset _time;

    public bool IsSynced { get; private set; }

    public long Sequence => _sequence;

    public int GapCount { get; private set; }

    /// <summary>Deltas that arrive before the snapshot are buffered and replayed onto it.</summary>
    public BookApplyResult Apply(BookDelta delta)
    {
        if (!IsSynced)
        {
            if (_buffer.Count >= maxBuffered)
            {
                _buffer.RemoveAt(0);
            }

            _buffer.Add(delta);
            return BookApplyResult.Buffered;
        }

        if (delta.LastSequence <= _sequence)
        {
            return BookApplyResult.Stale;
        }

        var continuous = delta.PreviousSequence is { } prev
            ? prev == _sequence
            : _firstAfterSnapshot ? delta.FirstSequence <= _sequence + 1 : delta.FirstSequence == _sequence + 1;
        if (!continuous)
        {
            return MarkGap();
        }

        Merge(_bids, delta.Bids);
        Merge(_asks, delta.Asks);
        _sequence = delta.LastSequence;
        _time = delta.Time;
        _firstAfterSnapshot = false;
        if (_bids.Count > 0 && _asks.Count > 0 && _bids.First().Key >= _asks.First().Key)
        {
            return MarkGap();
        }

        return BookApplyResult.Applied;
    }

    /// <summary>Loads a REST snapshot (its <see cref="OrderBook.Sequence"/> is required) and replays buffered deltas.</summary>
    public BookApplyResult ApplySnapshot(OrderBook snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var seq = snapshot.Sequence ?? throw new ArgumentException($"order book {symbol}: snapshot has no sequence, cannot sync deltas onto it");
        _bids.Clear();
        _asks.Clear();
        foreach (var l in snapshot.Bids)
        {
            _bids[l.Price] = l.Size;
        }

        foreach (var l in snapshot.Asks)
        {
            _asks[l.Price] = l.Size;
        }

        _sequence = seq;
        _time = snapshot.Time;
        _firstAfterSnapshot = true;
        IsSynced = true;
        var pending = _buffer.ToList();
        _buffer.Clear();
        foreach (var d in pending)
        {
            if (Apply(d) == BookApplyResult.Gap)
            {
                return BookApplyResult.Gap;
            }
        }

        return BookApplyResult.Applied;
    }

    /// <summary>The top <paramref name="depth"/> levels, or null while unsynced.</summary>
    public OrderBook? Snapshot(int depth) => IsSynced
        ? OrderBook.Create(exchange, symbol, _time, _bids.Take(depth).Select(kv => new BookLevel(kv.Key, kv.Value)),
            _asks.Take(depth).Select(kv => new BookLevel(kv.Key, kv.Value)), _sequence)
        : null;

    private BookApplyResult MarkGap()
    {
        IsSynced = false;
        GapCount++;
        _bids.Clear();
        _asks.Clear();
        _buffer.Clear();
        return BookApplyResult.Gap;
    }

    private static void Merge(SortedDictionary<decimal, decimal> side, IReadOnlyList<BookLevel> levels)
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
    }
}
