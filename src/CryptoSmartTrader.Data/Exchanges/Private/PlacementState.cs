namespace CryptoSmartTrader.Data.Exchanges.Private;

public enum PlacementState
{
    /// <summary>The venue holds the order (acknowledged, or found by client order id after an unknown outcome).</summary>
    Placed = 1,

    /// <summary>Definitely not at the venue: rejected, or not found after the venue's acceptance window closed.</summary>
    NotPlaced = 2,

    /// <summary>Still unknown after the allowed queries; the caller must keep the intent and reconcile later, never resend.</summary>
    Unknown = 3,
}
