namespace CryptoSmartTrader.Data.Quality;

/// <summary>Values missing between two stored stamps: <see cref="Missing"/> expected values were never stored (and are not filled).</summary>
public sealed record DerivativesGap(DateTimeOffset After, DateTimeOffset Before, long Missing);
