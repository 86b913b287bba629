using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Execution;

/// <summary>A venue's immediate answer to a submit or cancel: accepted, or refused with a reason.</summary>
public readonly record struct VenueResult(bool Accepted, ReasonCode Reason, string? Error = null)
{
    public static VenueResult Ok { get; } = new(true, ReasonCode.Submitted);

    public static VenueResult Refused(ReasonCode reason, string error) => new(false, reason, error);
}
