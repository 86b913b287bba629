using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.CrossCoin;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Features.Regimes;

/// <summary>
/// The <c>regime</c> feature set (<see cref="RegimeFeatures"/>). Built without a universe, the crash rule runs without
/// market breadth; built with one, breadth (share of the universe above its 50-bar SMA) is computed from the universe
/// truncated at the series' last close, so the set stays point-in-time correct.
/// </summary>
public sealed class RegimeFeatureSet : IFeatureSet
{
    private readonly RegimeFeatures _features;
    private readonly IReadOnlyList<CandleSeries> _universe;

    public RegimeFeatureSet()
        : this([], null)
    {
    }

    public RegimeFeatureSet(IReadOnlyList<CandleSeries> universe, RegimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(universe);
        _universe = universe;
        _features = new RegimeFeatures(options);
    }

    public string Name => "regime";

    public IReadOnlyList<string> Columns => _features.Columns;

    public double[][] Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (_universe.Count == 0 || series.Count == 0)
        {
            return _features.Compute(series);
        }

        var panel = CrossCoinFeatureSet.PanelFor(_universe, series);
        var rows = new CrossCoinFeatures().Breadth(panel);
        var times = series.CloseTimeMs;
        var breadth = new double[series.Count];
        for (var i = 0; i < breadth.Length; i++) breadth[i] = rows[panel.RowOf(times[i])];
        return _features.Compute(series, breadth);
    }
}
