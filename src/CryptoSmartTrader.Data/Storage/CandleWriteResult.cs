namespace CryptoSmartTrader.Data.Storage;

/// <summary>
/// The outcome of writing a batch of candles. A batch is all or nothing: when <see cref="Rejected"/> is true nothing
/// from it was stored, <see cref="ConflictIndex"/> names the first offending bar of the batch and <see cref="Error"/> says why.
/// </summary>
public readonly record struct CandleWriteResult(int Inserted, int Unchanged, int ConflictIndex, string? Error)
{
    public bool Rejected => Error is not null;

    public static CandleWriteResult Ok(int inserted, int unchanged) => new(inserted, unchanged, -1, null);

    public static CandleWriteResult Conflict(int index, string error) => new(0, 0, index, error);
}
