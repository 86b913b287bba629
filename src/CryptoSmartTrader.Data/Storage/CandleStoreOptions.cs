namespace CryptoSmartTrader.Data.Storage;

/// <summary>Where and how the SQLite market-data store is opened.</summary>
public sealed class CandleStoreOptions
{
    /// <summary>The default store file, relative to the working directory (git-ignored).</summary>
    public const string DefaultPath = "data/cst.db";

    /// <summary>Path of the SQLite file; its folder is created when missing.</summary>
    public string DatabasePath { get; set; } = DefaultPath;

    /// <summary>How long a writer waits for another process's lock before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
