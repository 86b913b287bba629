using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Models.Datasets;

/// <summary>Computes symbol frames from the Features layer's feature sets.</summary>
public static class FeatureFrames
{
    public static SymbolFrame Compute(IReadOnlyList<IFeatureSet> sets, CandleSeries series)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(series);
        var (columns, values) = FeatureSetRegistry.Compute(sets, series);
        return new SymbolFrame(series, new FeatureMatrix(columns, series.CloseTimeMs.ToArray(), values));
    }

    public static IReadOnlyList<string> Columns(IReadOnlyList<IFeatureSet> sets) => sets.SelectMany(s => s.Columns).ToArray();
}
