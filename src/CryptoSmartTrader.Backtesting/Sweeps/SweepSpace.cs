namespace CryptoSmartTrader.Backtesting.Sweeps;

/// <summary>The swept parameters and how their cells are chosen: every combination (grid) or a seeded random sample.</summary>
public sealed class SweepSpace
{
    public SweepSpace(IReadOnlyList<SweepAxis> axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Count == 0) throw new ArgumentException("sweep: expected at least one parameter to sweep", nameof(axes));
        var dup = axes.GroupBy(a => a.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new ArgumentException($"sweep: parameter '{dup.Key}' is given twice; give each parameter once", nameof(axes));
        Axes = axes;
    }

    public IReadOnlyList<SweepAxis> Axes { get; }

    public IReadOnlyList<string> Names => Axes.Select(a => a.Name).ToArray();

    /// <summary>Every combination of the list axes, the first axis varying slowest. Ranges cannot be gridded.</summary>
    public IReadOnlyList<SweepCell> Grid(int maxCells = 1_000_000)
    {
        var range = Axes.FirstOrDefault(a => a.IsRange);
        if (range is not null) throw new ArgumentException($"sweep: '{range.Name}' is a range (min..max); a grid needs listed values (v1,v2 or from:to:step), or use random search");
        var total = Axes.Aggregate(1L, (n, a) => n * a.Values!.Count);
        if (total > maxCells) throw new ArgumentException($"sweep: the grid has {total:N0} cells, more than the limit {maxCells:N0}; use fewer values or random search");
        var names = Names;
        var cells = new SweepCell[total];
        var idx = new int[Axes.Count];
        for (var c = 0; c < total; c++)
        {
            cells[c] = new SweepCell(c, names, Axes.Select((a, k) => a.Values![idx[k]]).ToArray());
            for (var k = Axes.Count - 1; k >= 0; k--)
            {
                if (++idx[k] < Axes[k].Values!.Count) break;
                idx[k] = 0;
            }
        }

        return cells;
    }

    /// <summary><paramref name="count"/> cells drawn with <see cref="Random"/>(<paramref name="seed"/>): the same seed gives the same cells.</summary>
    public IReadOnlyList<SweepCell> Random(int count, int seed)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "sweep: random search needs at least 1 cell");
        var random = new Random(seed);
        var names = Names;
        return Enumerable.Range(0, count).Select(c => new SweepCell(c, names, Axes.Select(a => a.Sample(random)).ToArray())).ToArray();
    }
}
