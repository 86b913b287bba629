using System.Globalization;

namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>One point of the search: its index in the sweep and a value per swept parameter (in axis order).</summary>
public sealed record SweepCell(int Index, IReadOnlyList<string> Names, IReadOnlyList<double> Values)
{
    public double this[string name]
    {
        get
        {
            for (var i = 0; i < Names.Count; i++) if (Names[i] == name) return Values[i];
            throw new KeyNotFoundException($"sweep cell {Index}: no parameter '{name}' (swept: {string.Join(", ", Names)})");
        }
    }

    /// <summary><c>fast=10 slow=50</c>: the cell's label in tables and reports.</summary>
    public string Label => string.Join(" ", Names.Select((n, i) => $"{n}={Values[i].ToString("G10", CultureInfo.InvariantCulture)}"));
}
