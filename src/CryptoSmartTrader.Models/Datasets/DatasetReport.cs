namespace CryptoSmartTrader.Models.Datasets;

/// <summary>Why bars did not become samples, so gaps and warm-up are reported rather than silently absorbed.</summary>
public readonly record struct DatasetReport(int Bars, int Kept, int MissingLabel, int MissingFeature, int OutsideWindow);
