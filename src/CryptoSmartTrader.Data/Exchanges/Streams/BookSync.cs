using System.Threading.Channels;

namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>Feeds deltas to the keeper; fetches a REST snapshot whenever the keeper is unsynced, and reports gaps and resyncs.</summary>
internal sealed class BookSync(OrderBookKeeper keeper, IMarketDataClient rest, StreamRequest request, ChannelWriter<StreamMessage> writer)
{
    // Snapshots deep enough that deltas outside the top levels rarely matter (Binance serves up to 5000).
    private const int SnapshotDepth = 1000;

    public async Task ApplyAsync(IReadOnlyList<BookDelta> deltas, CancellationToken ct)
    {
        foreach (var delta in deltas)
        {
            var result = keeper.Apply(delta);
            if (result == BookApplyResult.Gap)
            {
                await Notice(StreamNoticeKind.Gap, $"sequence gap at update {delta.FirstSequence}..{delta.LastSequence}; book discarded, resyncing", ct)
                    .ConfigureAwait(false);
                keeper.Apply(delta); // buffer it for the next snapshot
            }
            else if (result == BookApplyResult.Applied)
            {
                await Publish(ct).ConfigureAwait(false);
            }
        }

        if (!keeper.IsSynced)
        {
            await ResyncAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task ResyncAsync(CancellationToken ct)
    {
        var snapshot = await rest.GetOrderBookAsync(request.Symbol, SnapshotDepth, ct).ConfigureAwait(false);
        if (!snapshot.IsSuccess)
        {
            await Notice(StreamNoticeKind.Rejected, $"snapshot failed: {snapshot.Error}", ct).ConfigureAwait(false);
            return;
        }

        if (keeper.ApplySnapshot(snapshot.Value) == BookApplyResult.Gap)
        {
            await Notice(StreamNoticeKind.Gap, "buffered updates do not continue the snapshot; waiting for the next update to resync", ct).ConfigureAwait(false);
            return;
        }

        await Notice(StreamNoticeKind.Resynced, $"book synced at update {keeper.Sequence}", ct).ConfigureAwait(false);
        await Publish(ct).ConfigureAwait(false);
    }

    private async Task Publish(CancellationToken ct)
    {
        if (keeper.Snapshot(request.Depth) is { } book)
        {
            await writer.WriteAsync(new BookMessage(book.Exchange, book.Symbol, book), ct).ConfigureAwait(false);
        }
    }

    private ValueTask Notice(StreamNoticeKind kind, string message, CancellationToken ct) =>
        writer.WriteAsync(new StreamNotice(rest.Exchange, request.Symbol, kind, message), ct);
}
