namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// Why bars did not become samples, so gaps and warm-up are reported rather than silently absorbed. <see cref="ShortSequence"/>
/// counts bars dropped because the sequence window ending at them has a gap or an undefined bar (sequence datasets only).
/// </summary>
public readonly record struct DatasetReport(int Bars, int Kept, int MissingLabel, int MissingFeature, int OutsideWindow, int ShortSequence = 0);
