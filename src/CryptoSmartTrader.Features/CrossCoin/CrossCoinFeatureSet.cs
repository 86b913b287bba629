using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Features.CrossCoin;

/// <summary>
/// The <c>cross</c> feature set: <see cref="CrossCoinFeatures"/> of the computed series against a universe (which should
/// hold the benchmark, BTC). The universe is cut at the series' last close before alignment, so nothing later than the
/// target's own history is ever used. Needs a universe, so it has no parameterless constructor: the caller (CLI) loads the
/// universe and registers the set.
/// </summary>
public sealed class CrossCoinFeatureSet : IFeatureSet
{
    private readonly IReadOnlyList<CandleSeries> _universe;
    private readonly CrossCoinFeatures _features;

    public CrossCoinFeatureSet(IReadOnlyList<CandleSeries> universe, CrossCoinOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _universe = universe;
        _features = new CrossCoinFeatures(options);
    }

    public string Name => "cross";

    public IReadOnlyList<string> Columns => _features.Columns;

    public double[][] Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            return Columns.Select(_ => Array.Empty<double>()).ToArray();
        }

        return _features.Compute(PanelFor(_universe, series), series);
    }

    /// <summary>The universe known at the series' last close, with the series itself in place of its own symbol.</summary>
    internal static CrossSectionPanel PanelFor(IReadOnlyList<CandleSeries> universe, CandleSeries series)
    {
        var asOf = series.LastCloseTime;
        var members = universe.Where(u => u.Symbol != series.Symbol).Select(u => u.KnownAt(asOf)).Prepend(series).ToArray();
        return CrossSectionPanel.Create(members);
    }
}
