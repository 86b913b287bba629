namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>What an API key may do, as reported by the venue, with the venue's own permission names.</summary>
public sealed record KeyPermissions(PermissionState Trade, PermissionState Withdraw, IReadOnlyList<string> VenuePermissions)
{
    public static KeyPermissions Unknown { get; } = new(PermissionState.Unknown, PermissionState.Unknown, []);

    public override string ToString() =>
        $"trade={Trade}, withdraw={Withdraw}{(VenuePermissions.Count > 0 ? $" [{string.Join(", ", VenuePermissions)}]" : string.Empty)}";
}
