namespace CryptoSmartTrader.Data.Exchanges.Private;

/// <summary>How an order of unknown outcome (timeout, dropped connection, 5xx) is resolved by querying its client order id.</summary>
public sealed class UnknownOutcomeOptions
{
    /// <summary>Pause between queries.</summary>
    public TimeSpan QueryInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Queries before giving up and reporting <see cref="PlacementState.Unknown"/>.</summary>
    public int MaxQueries { get; set; } = 30;

    /// <summary>Slack added to the venue's acceptance window for clock skew between us and the venue.</summary>
    public TimeSpan ClockSkewAllowance { get; set; } = TimeSpan.FromSeconds(1);
}
