using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Trading.Construction;

/// <summary>
/// Turns insights into signed target weights (fractions of equity) before sizing: it decides how the gross budget is
/// split across symbols. Slots without a view (<see cref="AlphaInsight.HasView"/> false) are written as NaN: "keep".
/// </summary>
public interface IPortfolioConstructionModel
{
    void CreateTargets(ReadOnlySpan<AlphaInsight> insights, Span<double> weights);
}
