using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Features.Derivatives;

/// <summary>
/// The <c>derivatives</c> feature set: funding level, z-score and sign flips, annualised carry, open-interest change and its
/// divergence from price, perpetual–spot basis and its z-score, a crowding composite and three event signals, computed for a
/// spot series from its own venue's perpetual. Needs the perpetual history, so it has no parameterless constructor: the
/// caller (CLI) loads it from the store. A symbol with no perpetual history gets NaN in every column.
/// </summary>
public sealed class DerivativesFeatureSet : IFeatureSet
{
    public const string SetName = "derivatives";
    private readonly Func<CandleSeries, DerivativesInputs?> _inputs;
    private readonly DerivativesFeatures _features;

    /// <param name="inputs">The perpetual history for a spot series (its venue, pair and timeframe); null when there is none.</param>
    /// <param name="options">Windows and thresholds; defaults when null.</param>
    public DerivativesFeatureSet(Func<CandleSeries, DerivativesInputs?> inputs, DerivativesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        _inputs = inputs;
        _features = new DerivativesFeatures(options);
    }

    public string Name => SetName;

    public IReadOnlyList<string> Columns => _features.Columns;

    public double[][] Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        // Cut at the series' last close as well, so the set stays point-in-time even when handed a longer perpetual history.
        var inputs = series.IsEmpty ? null : _inputs(series)?.KnownAt(series.LastCloseTime);
        return _features.Compute(series, inputs);
    }
}
