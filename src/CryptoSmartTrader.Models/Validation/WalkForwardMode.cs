namespace CryptoSmartTrader.Models.Validation;

/// <summary>Anchored: training always starts at the first sample. Rolling: training is a fixed-length window before each test block.</summary>
public enum WalkForwardMode
{
    Anchored,
    Rolling,
}
