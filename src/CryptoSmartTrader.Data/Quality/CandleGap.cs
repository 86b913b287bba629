namespace CryptoSmartTrader.Data.Quality;

/// <summary>A hole in a series: the bars around it and how many bars are missing in between (never filled).</summary>
public readonly record struct CandleGap(DateTimeOffset LastBeforeOpen, DateTimeOffset FirstAfterOpen, long MissingBars);
