using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Orders;
using CryptoSmartTrader.Core.Portfolios;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The one trading kernel shared by backtest, paper and live. <see cref="OnBarClose"/> runs, in order:
/// venue synchronisation (fills of working orders on the bars that just closed) → market state and risk monitors →
/// alpha → portfolio construction → sizing → risk engine → execution → venue. Every decision goes to the
/// <see cref="IDecisionLog"/>. Only the clock, the feed that fills the <see cref="BarCloseContext"/> and the
/// <see cref="IExecutionVenue"/> differ between modes. Not thread-safe: drive it from one loop.
/// The kernel owns the pipeline (targets, sizing, the risk decision per symbol); its collaborators own the rest:
/// <see cref="KernelMarketFeed"/> (market state and risk monitors), <see cref="OrderRouter"/> (working orders, fills,
/// the manual order API), <see cref="PlanExecutor"/> (execution algorithms) and <see cref="ProtectiveStops"/>.
/// </summary>
public sealed class TradingKernel
{
    private readonly TradingKernelOptions _options;
    private readonly TimeProvider _time;
    private readonly IAlphaModel _alpha;
    private readonly IPortfolioConstructionModel _construction;
    private readonly IPositionSizer _sizer;
    private readonly IExecutionModel _execution;
    private readonly IExecutionVenue _venue;
    private readonly AlphaInsight[] _insights;
    private readonly double[] _weights;
    private readonly int[] _lastDenial;
    private readonly KernelStepState _step;
    private readonly DecisionRecorder _recorder;
    private readonly KernelRiskGate _gate;
    private readonly KernelMarketFeed _feed;
    private readonly OrderRouter _router;
    private readonly PlanExecutor _executor;
    private readonly ProtectiveStops _stops;
    private double _equity;

    public TradingKernel(TradingKernelOptions options, TradingUniverse universe, TradingKernelComponents components, TimeProvider timeProvider)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _options.Validate();
        Universe = universe ?? throw new ArgumentNullException(nameof(universe));
        ArgumentNullException.ThrowIfNull(components);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        if (universe.Count == 0) throw new ArgumentException("kernel: the universe is empty", nameof(universe));

        _alpha = components.Alpha ?? throw new ArgumentException("kernel: an alpha model is required", nameof(components));
        _venue = components.Venue ?? throw new ArgumentException("kernel: a venue is required", nameof(components));
        _construction = components.Construction ?? new ConfidenceWeightedConstruction();
        _sizer = components.Sizer ?? new KellySizer();
        _execution = components.Execution ?? new ExecutionModel();
        var log = components.DecisionLog ?? new DecisionLog();
        Risk = new RiskEngine(components.Risk ?? new RiskOptions(), universe, components.DataQualityGate, log);

        var n = universe.Count;
        Portfolio = new Portfolio(options.AccountCurrency, options.InitialCash);
        Exposure = new ExposureBook(n, (double)options.InitialCash, ClusterIds(universe, options));
        Market = new MarketState(universe);
        _insights = new AlphaInsight[n];
        _weights = new double[n];
        _lastDenial = new int[n];
        var rules = new ExchangeRules[n];
        var minNotional = new double[n];
        for (var i = 0; i < n; i++)
        {
            rules[i] = _venue.Profile.RulesFor(universe.SymbolOf(i));
            minNotional[i] = (double)rules[i].MinNotional;
        }

        _step = new KernelStepState(_time);
        _recorder = new DecisionRecorder(log, universe, _step);
        _gate = new KernelRiskGate(Risk, Exposure, Market, minNotional, _step);
        _feed = new KernelMarketFeed(Market, Exposure, Risk, _step, n, options.CorrelationWarmup);
        _router = new OrderRouter(_venue, Portfolio, Exposure, Market, _gate, _recorder, _step, universe, rules, options.ClientOrderIdPrefix);
        _executor = new PlanExecutor(_router, Market, _gate, _recorder, _step, universe, rules);
        _stops = new ProtectiveStops(_router, _executor, _execution, Portfolio, Exposure, _gate, _recorder, _step, universe, rules);
        _router.Attach(_executor, _stops);
    }

    public TradingUniverse Universe { get; }
    public TradingMode Mode => _options.Mode;
    public RiskEngine Risk { get; }

    /// <summary>The book of record (decimal): cash, positions, realised PnL and fees.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>The double mirror of the portfolio used on the hot path.</summary>
    public ExposureBook Exposure { get; }

    public MarketState Market { get; }
    public IDecisionLog DecisionLog => _recorder.Log;
    public string AlphaName => _alpha.Name;

    /// <summary>Equity at the last marks (double mirror of <see cref="Portfolio"/>).</summary>
    public double Equity => Exposure.Equity;

    /// <summary>The latest insight per symbol index.</summary>
    public ReadOnlySpan<AlphaInsight> Insights => _insights;

    /// <summary>Every fill booked, in order.</summary>
    public IReadOnlyList<FillEvent> Fills => _router.Fills;

    public int OpenOrderCount => _router.Count;

    public IEnumerable<Order> OpenOrders => _router.Orders;

    /// <summary>Handles one bar close. The context time must not be later than the kernel's clock (no look-ahead).</summary>
    public KernelStep OnBarClose(BarCloseContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Universe != Universe) throw new ArgumentException("kernel: the context was built for another universe", nameof(context));
        var now = _time.GetUtcNow();
        if (context.Time > now)
        {
            throw new ArgumentException($"kernel: context time {context.Time:O} is after the clock {now:O} (look-ahead)", nameof(context));
        }

        _step.Begin(context);
        _venue.Synchronize(context, _router);
        _feed.Update(context);

        var before = Risk.State;
        _equity = Exposure.Equity;
        Risk.OnBar(_step.Now, _equity);
        var state = Risk.State;
        if (state == TradingState.Halted && before != TradingState.Halted) CancelAll("trading halted");

        if (_executor.HasAlgorithms) _executor.Step();

        _alpha.Update(context, _insights);
        _construction.CreateTargets(_insights, _weights);
        if (state != TradingState.Halted)
        {
            for (var i = 0; i < _weights.Length; i++)
            {
                if (context.HasBar(i)) Rebalance(i);
            }

            if (_stops.Active) _stops.Sync();
        }

        return new KernelStep(_step.Orders, _step.Fills, Risk.State, Risk.Level, _equity);
    }

    /// <summary>Submits an order from outside the pipeline (a protective stop, a manual trade). It passes the risk engine
    /// (with <paramref name="confidence"/>) and the exchange rules; a shrink lowers its quantity to the lot step.</summary>
    public VenueResult Submit(OrderRequest request, double confidence = 1.0)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _router.Submit(request, confidence);
    }

    /// <summary>Cancels a working order; cancels are accepted in every trading state.</summary>
    public VenueResult Cancel(string clientOrderId, string reason) => _router.Cancel(clientOrderId, reason);

    /// <summary>Cancel/replace: cancels the working order and submits the same order with a new quantity and/or limit price under a new id.</summary>
    public VenueResult Replace(string clientOrderId, decimal? newQuantity = null, decimal? newLimitPrice = null) =>
        _router.Replace(clientOrderId, newQuantity, newLimitPrice);

    public void CancelAll(string reason)
    {
        _step.Touch();
        _router.CancelAll(reason);
        _executor.FinishAll();
    }

    /// <summary>Manual kill switch: engages it (trading state Halted) and cancels every working order.</summary>
    public void EngageKillSwitch(string reason)
    {
        _step.Touch();
        Risk.EngageKillSwitch(_step.Now, reason);
        CancelAll("kill switch: " + reason);
    }

    public void ReleaseKillSwitch(string reason)
    {
        _step.Touch();
        Risk.ReleaseKillSwitch(_step.Now, reason);
    }

    /// <summary>A person releases the drawdown ladder (<see cref="Risk.RiskEngine.ReleaseLadder"/>) at the kernel's current time.</summary>
    public void ReleaseLadder(string reason)
    {
        _step.Touch();
        Risk.ReleaseLadder(_step.Now, reason);
    }

    /// <summary>Reports a system error (feed, venue, storage); repeated errors trip the kill switch.</summary>
    public void ReportSystemError(string message)
    {
        _step.Touch();
        var before = Risk.State;
        Risk.ReportSystemError(_step.Now, message);
        if (Risk.State == TradingState.Halted && before != TradingState.Halted) CancelAll("trading halted");
    }

    /// <summary>The protective stop working for symbol <paramref name="symbolIndex"/>, if any.</summary>
    public Order? ProtectiveStopOf(int symbolIndex) => _stops.Of(symbolIndex);

    /// <summary>Marks per symbol in the account currency at the last closes (allocates: for reports, not the hot path).</summary>
    public IReadOnlyDictionary<Symbol, decimal> BuildMarks()
    {
        var marks = new Dictionary<Symbol, decimal>();
        for (var i = 0; i < Universe.Count; i++)
        {
            var c = Market.CloseOf(i);
            if (c > 0) marks[Universe.SymbolOf(i)] = (decimal)c;
        }

        return marks;
    }

    private void Rebalance(int i)
    {
        var w = _weights[i];
        if (double.IsNaN(w)) return;
        var price = Market.CloseOf(i);
        if (!(price > 0)) return;
        ref readonly var insight = ref _insights[i];
        if (w != 0)
        {
            var size = _sizer.Fraction(insight, new SizingContext(Risk.KellyMultiplier, Risk.SizeMultiplier, Market.VolatilityOf(i)));
            w = Math.Sign(w) * Math.Min(Math.Abs(w), size);
        }

        var equity = _equity; // orders sent in this step do not change equity; fills were booked before it was read
        var target = w * equity / price;
        var current = Exposure.PositionOf(i) + Exposure.PendingOf(i) + _executor.RemainingOf(i);
        var delta = target - current;
        var notional = Math.Abs(delta) * price;
        var minNotional = _gate.MinNotionalOf(i);
        var exit = target == 0 && current != 0 && Math.Abs(current) * price >= minNotional;
        if (!exit && (notional < _options.RebalanceThreshold * equity || notional < minNotional || delta == 0))
        {
            if (_options.RecordHolds) _recorder.Record(i, DecisionAction.Hold, ReasonCode.None, 0, price);
            return;
        }

        var reason = target == 0 ? ReasonCode.SignalExit : current == 0 ? ReasonCode.SignalEntry : ReasonCode.Rebalance;
        var decision = _gate.Evaluate(i, delta, price, insight.Confidence);
        if (!decision.Allowed)
        {
            // The same target denied for the same reason bar after bar is one decision, not thousands: it is
            // recorded again only once something changed (another reason, the other direction, or an order went through).
            var key = (int)decision.Reason * Math.Sign(delta);
            if (_lastDenial[i] == key) return;
            _lastDenial[i] = key;
            _recorder.Record(i, DecisionAction.Target, reason, delta, price);
            _recorder.Record(i, DecisionAction.RiskDenied, decision.Reason, 0, price);
            return;
        }

        _lastDenial[i] = 0;
        _recorder.Record(i, DecisionAction.Target, reason, delta, price);
        _recorder.Record(i, decision.Verdict == RiskVerdict.Approve ? DecisionAction.RiskApproved : DecisionAction.RiskShrunk, decision.Reason, decision.Quantity, price);

        var intent = new ExecutionIntent(i, decision.Quantity, price, _step.NowMs, insight.Confidence, reason);
        _stops.Cancel(i, "protective stop: replaced by a new order for the position");
        _executor.Execute(intent, _execution.Plan(intent));
    }

    private static int[] ClusterIds(TradingUniverse universe, TradingKernelOptions options)
    {
        var ids = new int[universe.Count];
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = options.Clusters.TryGetValue(universe.SymbolOf(i), out var name)
                ? names.TryGetValue(name, out var id) ? id : names[name] = ids.Length + names.Count
                : i;
        }

        return ids;
    }
}
