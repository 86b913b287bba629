using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Feature columns aligned with the bars of a series: value <c>i</c> of each column is known at bar <c>i</c>'s close.
/// NaN marks a value that is not defined yet (warm-up) or missing — never a filled-in guess.
/// </summary>
public sealed class FeatureFrame(CandleSeries series, IReadOnlyList<string> columns, double[][] values)
{
    public CandleSeries Series { get; } = series;
    public IReadOnlyList<string> Columns { get; } = columns;
    public int Rows => Series.Count;

    public double[] this[string column]
    {
        get
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                if (string.Equals(Columns[i], column, StringComparison.Ordinal))
                {
                    return values[i];
                }
            }

            throw new KeyNotFoundException($"feature frame: no column '{column}'; columns are {string.Join(", ", Columns)}");
        }
    }

    /// <summary>The last <paramref name="rows"/> rows as (close time, column → value) for display.</summary>
    public IReadOnlyList<(DateTimeOffset Close, IReadOnlyDictionary<string, double> Values)> Tail(int rows = 5)
    {
        var list = new List<(DateTimeOffset, IReadOnlyDictionary<string, double>)>();
        for (var r = Math.Max(0, Rows - rows); r < Rows; r++)
        {
            var row = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var c = 0; c < Columns.Count; c++)
            {
                row[Columns[c]] = values[c][r];
            }

            list.Add((DateTimeOffset.FromUnixTimeMilliseconds(Series.CloseTimeMs[r]), row));
        }

        return list;
    }

    public double[][] Values => values;
}
