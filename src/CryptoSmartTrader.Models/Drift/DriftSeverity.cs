namespace CryptoSmartTrader.Models.Drift;

public enum DriftSeverity
{
    None,
    Moderate,
    Severe,
}
