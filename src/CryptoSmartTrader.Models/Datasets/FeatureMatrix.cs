namespace CryptoSmartTrader.Models.Datasets;

/// <summary>
/// Feature columns for one symbol, one value per bar, aligned to bar close times: row i may use only bars that
/// closed at or before <see cref="CloseTimesMs"/>[i]. NaN marks a value that is not yet defined (warm-up).
/// </summary>
public sealed class FeatureMatrix
{
    public FeatureMatrix(IReadOnlyList<string> names, long[] closeTimesMs, double[][] columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(closeTimesMs);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count != columns.Length)
        {
            throw new ArgumentException($"feature matrix: {names.Count} names but {columns.Length} columns", nameof(columns));
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException($"feature matrix: column names must be unique, got [{string.Join(", ", names)}]", nameof(names));
        }

        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c] is null || columns[c].Length != closeTimesMs.Length)
            {
                throw new ArgumentException(
                    $"feature matrix: column '{names[c]}' has {columns[c]?.Length ?? 0} values, expected one per close time ({closeTimesMs.Length})", nameof(columns));
            }
        }

        for (var i = 1; i < closeTimesMs.Length; i++)
        {
            if (closeTimesMs[i] <= closeTimesMs[i - 1])
            {
                throw new ArgumentException($"feature matrix: close times must be strictly increasing, row {i} is not", nameof(closeTimesMs));
            }
        }

        Names = names.ToArray();
        CloseTimesMs = closeTimesMs;
        Columns = columns;
    }

    public IReadOnlyList<string> Names { get; }
    public long[] CloseTimesMs { get; }
    public double[][] Columns { get; }
    public int Rows => CloseTimesMs.Length;
}
