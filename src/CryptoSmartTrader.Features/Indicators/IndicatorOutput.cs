namespace CryptoSmartTrader.Features.Indicators;

/// <summary>
/// Batch result of one indicator: one contiguous <see cref="double"/> column per output. Rows before
/// <see cref="FirstValidIndex"/> are NaN (not ready); every row from it on is finite.
/// </summary>
public sealed class IndicatorOutput
{
    public IndicatorOutput(IReadOnlyList<string> names, double[][] columns, int firstValidIndex)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        if (names.Count != columns.Length)
        {
            throw new ArgumentException($"indicator output: {names.Count} names for {columns.Length} columns", nameof(columns));
        }

        Names = names;
        Columns = columns;
        FirstValidIndex = firstValidIndex;
        Length = columns.Length == 0 ? 0 : columns[0].Length;
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>One array per output, in the order of <see cref="Names"/>.</summary>
    public double[][] Columns { get; }

    /// <summary>Index of the first valid row (WarmUp - 1); may be at or beyond <see cref="Length"/> on short series.</summary>
    public int FirstValidIndex { get; }

    public int Length { get; }

    /// <summary>Whether row <paramref name="index"/> holds a valid value.</summary>
    public bool IsValid(int index) => index >= FirstValidIndex && index < Length;

    /// <summary>The column named <paramref name="name"/>.</summary>
    public double[] this[string name]
    {
        get
        {
            for (var i = 0; i < Names.Count; i++)
            {
                if (string.Equals(Names[i], name, StringComparison.Ordinal))
                {
                    return Columns[i];
                }
            }

            throw new KeyNotFoundException($"indicator output: no column '{name}' (have {string.Join(", ", Names)})");
        }
    }
}
