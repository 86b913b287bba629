namespace CryptoSmartTrader.Data.Import;

/// <summary>The outcome of importing a file or a folder of files.</summary>
public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files)
{
    public int FileCount => Files.Count;
    public int ImportedFiles => Files.Count(f => f.Status == FileImportStatus.Imported);
    public int RejectedFiles => Files.Count(f => f.Status == FileImportStatus.Rejected);
    public int SkippedFiles => Files.Count(f => f.Status == FileImportStatus.Skipped);
    public long Rows => Files.Sum(f => (long)f.Rows);
    public long Inserted => Files.Sum(f => (long)f.Inserted);
    public long Unchanged => Files.Sum(f => (long)f.Unchanged);
}
