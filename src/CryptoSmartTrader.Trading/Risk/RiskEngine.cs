using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Risk;

/// <summary>
/// The gate every order passes (NautilusTrader's RiskEngine): it approves, shrinks or denies with a
/// <see cref="ReasonCode"/>, and it keeps the portfolio-level state: trading state, drawdown ladder, daily loss halt and
/// kill switch (see the Monitoring part). Orders that only reduce exposure skip the entry gates (confidence, data
/// quality, liquidity, caps) so a position can always be cut unless trading is Halted.
/// </summary>
public sealed partial class RiskEngine
{
    private readonly RiskOptions _options;
    private readonly TradingUniverse _universe;
    private readonly IDataQualityGate? _gate;
    private readonly IDecisionLog? _log;

    public RiskEngine(RiskOptions options, TradingUniverse universe, IDataQualityGate? dataQualityGate = null, IDecisionLog? log = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
        _universe = universe ?? throw new ArgumentNullException(nameof(universe));
        _gate = dataQualityGate;
        _log = log;
        _quality = new sbyte[universe.Count];
    }

    public RiskOptions Options => _options;

    /// <summary>Evaluates one order against the current state and the exposure in <paramref name="book"/>.</summary>
    public RiskDecision Evaluate(in RiskCheck check, ExposureBook book)
    {
        var q = check.SignedQuantity;
        if (!(Math.Abs(q) > 0) || !double.IsFinite(q) || !(check.Price > 0)) return RiskDecision.Deny(ReasonCode.InvalidOrder);

        var state = State;
        if (state == TradingState.Halted) return RiskDecision.Deny(HaltReason);

        var i = check.SymbolIndex;
        var pos = book.PositionOf(i) + book.PendingOf(i);
        var after = pos + q;
        var reducing = Math.Abs(after) < Math.Abs(pos) && after * pos >= 0;
        if (reducing) return RiskDecision.Approve(q);

        if (state == TradingState.Reducing)
        {
            return RiskDecision.Deny(_manualState == TradingState.Reducing ? ReasonCode.TradingReducingOnly : ReasonCode.DrawdownReducingOnly);
        }

        if (check.Confidence < _options.MinConfidence) return RiskDecision.Deny(ReasonCode.ConfidenceTooLow);
        if (!DataTradable(check)) return RiskDecision.Deny(ReasonCode.DataQualityFailed);
        var liquidity = LiquidityReason(check);
        if (liquidity != ReasonCode.None) return RiskDecision.Deny(liquidity);

        return ApplyCaps(check, book, pos);
    }

    private RiskDecision ApplyCaps(in RiskCheck check, ExposureBook book, double pos)
    {
        var q = check.SignedQuantity;
        var p = check.Price;
        var s = Math.Sign(q);
        var equity = book.Equity;
        if (!(equity > 0)) return RiskDecision.Deny(ReasonCode.InsufficientCash);

        var want = Math.Abs(q);
        var allowed = want;
        var reason = ReasonCode.Approved;

        void Cap(double limit, ReasonCode code)
        {
            if (limit < allowed)
            {
                allowed = Math.Max(0, limit);
                reason = code;
            }
        }

        // |pos + q| ≤ cap  ⇔  |q| ≤ cap − sign(q)·pos for an order that grows (or flips) the position.
        Cap(_options.MaxPositionFraction * equity / p - s * pos, ReasonCode.MaxPositionExceeded);
        var others = book.Gross() - Math.Abs(pos * p);
        Cap((_options.MaxGrossExposure * equity - others) / p - s * pos, ReasonCode.MaxGrossExposureExceeded);
        var clusterOthers = book.ClusterGross(book.ClusterOf(check.SymbolIndex)) - Math.Abs(pos * p);
        Cap((_options.MaxClusterExposure * equity - clusterOthers) / p - s * pos, ReasonCode.ClusterExposureExceeded);
        Cap((_options.MaxNetExposure * equity - s * book.Net()) / p, ReasonCode.MaxNetExposureExceeded);
        if (!_options.AllowShort && s < 0) Cap(Math.Max(0, pos), ReasonCode.ShortNotAllowed);
        if (s > 0) Cap((book.Cash - book.PendingBuyNotional()) / (p * (1 + _options.EstimatedFeeRate)), ReasonCode.InsufficientCash);

        if (allowed >= want * (1 - 1e-9)) return RiskDecision.Approve(q);
        if (allowed <= 0 || allowed * p < check.MinNotional) return RiskDecision.Deny(reason);
        return new RiskDecision(RiskVerdict.Shrink, s * allowed, reason);
    }

    private bool DataTradable(in RiskCheck check)
    {
        var verdict = check.Verdict;
        if (verdict is null && _gate is not null)
        {
            var i = check.SymbolIndex;
            verdict = _gate.Evaluate(_universe.ExchangeOf(i), _universe.SymbolOf(i), _universe.TimeframeOf(i), check.Time);
        }

        if (verdict is null) return true;
        ObserveDataQuality(check.SymbolIndex, verdict.Tradable, check.Time);
        return verdict.Tradable;
    }

    private ReasonCode LiquidityReason(in RiskCheck check)
    {
        var require = _options.RequireLiquidityData;
        if (double.IsNaN(check.SpreadBps) || double.IsNaN(check.DepthQuote) || double.IsNaN(check.Volume24hQuote))
        {
            if (require) return ReasonCode.LiquidityUnknown;
        }

        if (check.SpreadBps > _options.MaxSpreadBps) return ReasonCode.SpreadTooWide;
        if (check.DepthQuote < _options.MinDepthQuote) return ReasonCode.DepthTooThin;
        if (check.Volume24hQuote < _options.MinVolume24hQuote) return ReasonCode.VolumeTooLow;
        return ReasonCode.None;
    }

    private void Record(DateTimeOffset time, ReasonCode reason, string details, Symbol symbol = default) =>
        _log?.Record(new Decision(time, symbol, DecisionAction.StateChanged, reason, Details: details));
}
