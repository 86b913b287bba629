namespace CryptoSmartTrader.Data.Quality;

/// <summary>A bar whose close-to-close log return (<c>Kind = "return"</c>) or log high/low range (<c>"range"</c>) has a robust z-score beyond the threshold.</summary>
public readonly record struct PriceOutlier(DateTimeOffset OpenTime, string Kind, double Value, double ZScore);
