namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>What a venue protocol makes of one frame: messages for the consumer, deltas for the book keeper, and an optional reply (pong).</summary>
internal sealed class ProtocolOutput
{
    public static readonly ProtocolOutput Empty = new();

    public List<StreamMessage> Messages { get; } = [];

    public List<BookDelta> Deltas { get; } = [];

    /// <summary>A full book pushed by the venue (Kraken v2 snapshot), which re-seeds the keeper.</summary>
    public Core.Markets.OrderBook? Snapshot { get; set; }

    public string? Reply { get; set; }

    /// <summary>Set when the pushed book failed its integrity check: the runner reports a gap and reconnects for a fresh snapshot.</summary>
    public string? Resync { get; set; }
}
