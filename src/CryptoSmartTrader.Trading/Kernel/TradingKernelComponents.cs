using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The pluggable parts of a kernel. Only <see cref="Alpha"/> and <see cref="Venue"/> are required; the rest default to
/// confidence-weighted construction, quarter Kelly, default risk options, market execution and an in-memory log.
/// </summary>
public sealed class TradingKernelComponents
{
    public required IAlphaModel Alpha { get; init; }
    public required IExecutionVenue Venue { get; init; }
    public IPortfolioConstructionModel? Construction { get; init; }
    public IPositionSizer? Sizer { get; init; }
    public RiskOptions? Risk { get; init; }
    public IExecutionModel? Execution { get; init; }
    public IDataQualityGate? DataQualityGate { get; init; }
    public IDecisionLog? DecisionLog { get; init; }
}
