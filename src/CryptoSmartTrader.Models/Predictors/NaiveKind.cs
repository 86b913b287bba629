namespace CryptoSmartTrader.Models.Predictors;

/// <summary>The naive baselines every model is reported against.</summary>
public enum NaiveKind
{
    /// <summary>Always the training set's up-frequency and mean return.</summary>
    MajorityDirection,

    /// <summary>The last horizon's move repeats: P(up | last move's sign) from training, expected return = last return.</summary>
    Persistence,

    /// <summary>No information: P(up) = 0.5 and expected return 0.</summary>
    ZeroReturn,
}
