namespace CryptoSmartTrader.Data.Exchanges.Streams;

/// <summary>What the keeper did with a delta.</summary>
public enum BookApplyResult
{
    /// <summary>Applied; the book is current.</summary>
    Applied = 0,
    /// <summary>Held until a snapshot arrives.</summary>
    Buffered = 1,
    /// <summary>Older than the book (already contained in the snapshot); ignored.</summary>
    Stale = 2,
    /// <summary>Updates are missing (or the result would be crossed): the book was dropped and must be resynced from a new snapshot.</summary>
    Gap = 3,
}
