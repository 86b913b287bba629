namespace CryptoSmartTrader.Data.Storage;

/// <summary>The kinds of derivatives series the store keeps; each has its own point-in-time stamp.</summary>
public enum DerivativesKind
{
    /// <summary>Settled funding events, known at their funding time.</summary>
    Funding = 0,

    /// <summary>Open interest per period, known at the period end.</summary>
    OpenInterest = 1,

    /// <summary>Mark-price bars, known at the bar close.</summary>
    MarkBars = 2,

    /// <summary>Index-price bars, known at the bar close.</summary>
    IndexBars = 3,

    /// <summary>Premium-index bars, known at the bar close.</summary>
    PremiumBars = 4,
}
