namespace CryptoSmartTrader.Data.Import;

/// <summary>What happened to one file of an import.</summary>
public enum FileImportStatus
{
    /// <summary>Every row was valid and stored (or already stored with identical values).</summary>
    Imported,

    /// <summary>The file had an invalid row or conflicted with stored data; nothing from it was stored.</summary>
    Rejected,

    /// <summary>The file is not in a layout that can be imported safely (e.g. close-stamped bars, unknown venue); nothing was read into the store.</summary>
    Skipped,
}
