using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Data.Import;

/// <summary>
/// The outcome for one file. <see cref="Reason"/> is set for rejected and skipped files; for rejections it reads
/// <c>file:line: reason</c>. <see cref="IdenticalDuplicateLines"/> counts repeated rows whose values matched the first (ignored).
/// </summary>
public sealed record FileImportResult(
    string Path,
    FileImportStatus Status,
    Exchange? Exchange,
    Symbol? Symbol,
    Timeframe? Timeframe,
    int Rows,
    int Inserted,
    int Unchanged,
    int IdenticalDuplicateLines,
    string? Reason)
{
    internal static FileImportResult Skip(string path, string reason) => new(path, FileImportStatus.Skipped, null, null, null, 0, 0, 0, 0, reason);

    internal static FileImportResult Reject(string path, CandleFileTarget? target, string reason) =>
        new(path, FileImportStatus.Rejected, target?.Exchange, target?.Symbol, target?.Timeframe, 0, 0, 0, 0, reason);
}
