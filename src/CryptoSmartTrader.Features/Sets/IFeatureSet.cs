using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Features.Sets;

/// <summary>
/// A named group of feature columns computed from one candle series (<c>ta</c>, <c>regime</c>, <c>cross</c>, …).
/// Implementations must be point-in-time correct: row i depends only on bars 0..i (checked by
/// <see cref="PointInTime.PointInTimeVerifier"/>). Not-ready rows are NaN.
/// A public sealed implementation with a public parameterless constructor in this assembly is picked up by
/// <see cref="FeatureSetRegistry.CreateDefault"/>, which is how the CLI finds every set.
/// </summary>
public interface IFeatureSet
{
    /// <summary>Lower-case set name used by <c>cst features --set</c>.</summary>
    string Name { get; }

    /// <summary>Column names, lower-case <c>name_param1_param2</c>, unique across sets.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>One array per column (in <see cref="Columns"/> order), each <c>series.Count</c> long.</summary>
    double[][] Compute(CandleSeries series);
}
