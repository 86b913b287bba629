using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Indicators;

namespace CryptoSmartTrader.Features.Sets;

/// <summary>The <c>ta</c> set: every indicator of <see cref="IndicatorCatalog"/>, columns in catalog order.</summary>
public sealed class TechnicalFeatureSet : IFeatureSet
{
    private readonly string[] _columns;

    public TechnicalFeatureSet() => _columns = [.. IndicatorCatalog.CreateDefaults().SelectMany(i => i.Columns)];

    public string Name => "ta";

    public IReadOnlyList<string> Columns => _columns;

    public double[][] Compute(CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new List<double[]>(_columns.Length);
        foreach (var indicator in IndicatorCatalog.CreateDefaults())
        {
            result.AddRange(indicator.Compute(series).Columns);
        }

        return [.. result];
    }

    /// <summary>A bar-by-bar engine over the same indicators, for the bot.</summary>
    public static IndicatorBank CreateStream() => new(IndicatorCatalog.CreateDefaults());
}
