using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>
/// Live public data from one venue over WebSocket. Each subscription owns its connection, reconnects with backoff and
/// resubscribes after a drop, and reports drops, gaps and resyncs as <see cref="StreamNotice"/> items in the same sequence.
/// </summary>
public interface IMarketStream
{
    Exchange Exchange { get; }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled or the consumer stops enumerating.</summary>
    IAsyncEnumerable<StreamMessage> SubscribeAsync(StreamRequest request, CancellationToken cancellationToken = default);
}
