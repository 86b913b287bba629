namespace CryptoSmartTrader.Data.Exchanges.Derivatives;

/// <summary>Which derivatives price a <see cref="DerivativesBar"/> describes.</summary>
public enum PriceBarKind
{
    /// <summary>Mark price of the perpetual (what positions are valued and liquidated at).</summary>
    Mark = 0,

    /// <summary>Index price (the venue's spot reference basket).</summary>
    Index = 1,

    /// <summary>Premium index: (perpetual price − index) / index, the input of the funding formula.</summary>
    Premium = 2,
}
