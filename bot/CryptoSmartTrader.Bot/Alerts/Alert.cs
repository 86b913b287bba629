namespace CryptoSmartTrader.Bot.Alerts;

/// <summary>Something an operator must hear about.</summary>
internal sealed record Alert(DateTimeOffset Time, AlertKind Kind, AlertSeverity Severity, string Message);

internal enum AlertKind
{
    KillSwitch,
    DrawdownLevel,
    DataQualityBlock,
    JobFailure,
    OrderReject,
    ModelDrift,
}

internal enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
