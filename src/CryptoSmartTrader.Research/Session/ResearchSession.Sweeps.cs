using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Reporting.Charts;

namespace CryptoSmartTrader.Research.Session;

public sealed partial class ResearchSession
{
    /// <summary>
    /// Grid search (<paramref name="randomCells"/> null) or seeded random search over <paramref name="parameters"/>
    /// (text forms of <see cref="SweepAxis.Parse"/>, e.g. <c>"fast=5:50:5"</c>, <c>"slow=50..300:int"</c>): every cell is a full
    /// run of the kernel that <paramref name="blueprint"/> builds from the cell's values, cells in parallel over the cores
    /// (same as <c>cst sweep</c>). The result has the per-cell metrics, Deflated Sharpe and PBO of the selection.
    /// </summary>
    public static SweepResult Sweep(IReadOnlyList<CandleSeries> series, Func<SweepCell, KernelBlueprint> blueprint, IEnumerable<string> parameters,
        DateTimeOffset from, DateTimeOffset to, int warmupBars = 200, int? randomCells = null, int seed = 1, bool keepEquity = false)
    {
        var space = new SweepSpace(parameters.Select(SweepAxis.Parse).ToArray());
        var cells = randomCells is { } n ? space.Random(n, seed) : space.Grid();
        return SweepRunner.Run(series, cells, blueprint, new SweepOptions { From = from, To = to, WarmupBars = warmupBars, KeepEquity = keepEquity });
    }

    /// <summary>A metric of the sweep's cells over two swept parameters (see <see cref="SweepReport.Heatmap"/>).</summary>
    public static PlotlyFigure SweepHeatmap(SweepResult result, string metric = "sharpe", string? x = null, string? y = null) =>
        SweepReport.Heatmap(result, metric, x, y);

    /// <summary>Writes cells.csv, sweep.json (equity.csv when kept) and report.html to <paramref name="directory"/>.</summary>
    public static async Task WriteSweepAsync(SweepResult result, string directory, CancellationToken cancellationToken = default)
    {
        await SweepWriter.WriteAsync(result, directory, null, cancellationToken);
        await SweepReport.WriteAsync(result, Path.Combine(directory, "report.html"), cancellationToken: cancellationToken);
    }
}
