namespace CryptoSmartTrader.Data.Exchanges.Private;

public enum PermissionState
{
    /// <summary>The venue does not report this permission.</summary>
    Unknown = 0,
    Granted = 1,
    Denied = 2,
}
