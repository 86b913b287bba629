namespace CryptoSmartTrader.Data.Import;

/// <summary>Reported after each file: how many of <see cref="FileCount"/> are done and the result of the latest.</summary>
public readonly record struct ImportProgress(int FilesDone, int FileCount, FileImportResult Latest);
