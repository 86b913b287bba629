using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Features.CrossSection;

/// <summary>
/// The <c>xsection</c> feature set: the computed series' ranks and z-scores among the universe members at each of its
/// bars (<see cref="CrossSectionalFactors"/>). The universe is cut at the series' last close first, so no member's later
/// bar can reach a row. Needs a universe holding the benchmark, so it has no parameterless constructor.
/// </summary>
public sealed class CrossSectionalFeatureSet : IFeatureSet
{
    private readonly IReadOnlyList<CandleSeries> _universe;
    private readonly CrossSectionalFactors _factors;

    public CrossSectionalFeatureSet(IReadOnlyList<CandleSeries> universe, CrossSectionalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _universe = universe;
        _factors = new CrossSectionalFactors(options);
    }

    public string Name => "xsection";

    public IReadOnlyList<string> Columns => _factors.Columns;

    public double[][] Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0) return Columns.Select(_ => Array.Empty<double>()).ToArray();
        var asOf = series.LastCloseTime;
        var members = _universe.Where(u => u.Symbol != series.Symbol).Select(u => u.KnownAt(asOf)).Prepend(series).ToArray();
        var panel = UniversePanel.Create(members, _factors.Options.WarmUpBars);
        var all = _factors.Compute(panel);
        var times = series.CloseTimeMs;
        var result = new double[all.Length][];
        for (var c = 0; c < all.Length; c++)
        {
            result[c] = new double[times.Length];
            for (var b = 0; b < times.Length; b++) result[c][b] = all[c][0][panel.Closes.RowOf(times[b])];
        }

        return result;
    }
}
