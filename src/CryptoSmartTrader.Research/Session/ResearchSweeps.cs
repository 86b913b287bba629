using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Core.Markets;
using Plotly.NET;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Research.Session;

/// <summary>Parameter sweeps (<c>session.Sweeps</c>), as <c>cst sweep</c> runs them. Stateless.</summary>
public sealed class ResearchSweeps
{
    /// <summary>
    /// Grid search (<paramref name="randomCells"/> null) or seeded random search over <paramref name="parameters"/>
    /// (text forms of <see cref="SweepAxis.Parse"/>, e.g. <c>"fast=5:50:5"</c>, <c>"slow=50..300:int"</c>): every cell is a full
    /// run of the kernel that <paramref name="blueprint"/> builds from the cell's values, cells in parallel over the cores
    /// (same as <c>cst sweep</c>). The result has the per-cell metrics, Deflated Sharpe and PBO of the selection.
    /// </summary>
    public SweepResult Run(IReadOnlyList<CandleSeries> series, Func<SweepCell, KernelBlueprint> blueprint, IEnumerable<string> parameters,
        DateTimeOffset from, DateTimeOffset to, int warmupBars = 200, int? randomCells = null, int seed = 1, bool keepEquity = false)
    {
        var space = new SweepSpace(parameters.Select(SweepAxis.Parse).ToArray());
        var cells = randomCells is { } n ? space.Random(n, seed) : space.Grid();
        return SweepRunner.Run(series, cells, blueprint, new SweepOptions { From = from, To = to, WarmupBars = warmupBars, KeepEquity = keepEquity });
    }

    /// <summary>
    /// Sweeps fields of a strategy package: <paramref name="parameters"/> name JSON paths of the package (<c>"alpha.sma.fast=5:50:5"</c>,
    /// <c>"risk.maxPositionFraction=0.1,0.2,0.3"</c>) or the short names of <see cref="PackageSweep.Aliases"/>. A path the package does not
    /// have is refused before anything runs; a value it refuses makes that cell invalid.
    /// </summary>
    public SweepResult Run(IReadOnlyList<CandleSeries> series, StrategyPackage package, IEnumerable<string> parameters,
        DateTimeOffset from, DateTimeOffset to, int warmupBars = 200, int? randomCells = null, int seed = 1, bool keepEquity = false)
    {
        ArgumentNullException.ThrowIfNull(package);
        var space = new SweepSpace(parameters.Select(SweepAxis.Parse).ToArray());
        var cells = randomCells is { } n ? space.Random(n, seed) : space.Grid();
        var bad = PackageSweep.Check(package, cells[0]);
        if (bad.Count > 0) throw new ArgumentException("sweep: " + string.Join("; ", bad), nameof(parameters));
        return SweepRunner.Run(series, cells, PackageSweep.Builder(package), new SweepOptions { From = from, To = to, WarmupBars = warmupBars, KeepEquity = keepEquity });
    }

    /// <summary>A metric of the sweep's cells over two swept parameters (see <see cref="SweepReport.Heatmap"/>).</summary>
    public GenericChart Heatmap(SweepResult result, string metric = "sharpe", string? x = null, string? y = null) =>
        SweepReport.Heatmap(result, metric, x, y);

    /// <summary>Writes cells.csv, sweep.json (equity.csv when kept) and report.html to <paramref name="directory"/>.</summary>
    public async Task WriteAsync(SweepResult result, string directory, CancellationToken cancellationToken = default)
    {
        await SweepWriter.WriteAsync(result, directory, null, cancellationToken);
        await SweepReport.WriteAsync(result, Path.Combine(directory, "report.html"), cancellationToken: cancellationToken);
    }
}
