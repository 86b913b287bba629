namespace CryptoSmartTrader.Models.Datasets;

/// <summary>A row-major block of feature values: <see cref="Rows"/> × <see cref="Cols"/>.</summary>
public readonly record struct FeatureRows
{
    public FeatureRows(double[] data, int rows, int cols)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (rows < 0 || cols <= 0 || (long)rows * cols != data.Length)
        {
            throw new ArgumentException($"feature rows: {data.Length} values do not form {rows} rows × {cols} columns", nameof(data));
        }

        Data = data;
        Rows = rows;
        Cols = cols;
    }

    public double[] Data { get; }
    public int Rows { get; }
    public int Cols { get; }

    public ReadOnlySpan<double> Row(int i) => Data.AsSpan(i * Cols, Cols);

    public double this[int row, int col] => Data[row * Cols + col];

    public FeatureRows Subset(IReadOnlyList<int> rows)
    {
        var data = new double[rows.Count * Cols];
        for (var k = 0; k < rows.Count; k++)
        {
            Row(rows[k]).CopyTo(data.AsSpan(k * Cols, Cols));
        }

        return new FeatureRows(data, rows.Count, Cols);
    }
}
