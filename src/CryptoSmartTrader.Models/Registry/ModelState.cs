namespace CryptoSmartTrader.Models.Registry;

/// <summary>Lifecycle: a new model is a candidate; it may be promoted (used by the bot) and later retired.</summary>
public enum ModelState
{
    Candidate,
    Promoted,
    Retired,
}
