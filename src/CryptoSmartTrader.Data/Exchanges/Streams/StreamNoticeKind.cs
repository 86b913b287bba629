namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>What a <see cref="StreamNotice"/> reports.</summary>
public enum StreamNoticeKind
{
    Connected = 0,
    /// <summary>The connection dropped; a reconnect (and resubscribe) follows after a backoff.</summary>
    Disconnected = 1,
    /// <summary>A book sequence gap: the book was discarded and is being rebuilt from a new snapshot.</summary>
    Gap = 2,
    /// <summary>The book is in sync again after a snapshot.</summary>
    Resynced = 3,
    /// <summary>A pushed payload could not be parsed or failed validation; it was dropped.</summary>
    Rejected = 4,
}
