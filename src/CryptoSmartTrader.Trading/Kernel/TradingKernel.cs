using CryptoSmartTrader.Core.Markets;
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
/// </summary>
public sealed partial class TradingKernel
{
    private readonly TradingKernelOptions _options;
    private readonly TimeProvider _time;
    private readonly IAlphaModel _alpha;
    private readonly IPortfolioConstructionModel _construction;
    private readonly IPositionSizer _sizer;
    private readonly IExecutionModel _execution;
    private readonly IExecutionVenue _venue;
    private readonly IDecisionLog _log;
    private readonly AlphaInsight[] _insights;
    private readonly double[] _weights;
    private readonly double[] _returns;
    private readonly int[] _lastDenial;
    private double _equity;
    private readonly CorrelationMonitor? _correlation;

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
        _log = components.DecisionLog ?? new DecisionLog();
        Risk = new RiskEngine(components.Risk ?? new RiskOptions(), universe, components.DataQualityGate, _log);

        var n = universe.Count;
        Portfolio = new Portfolio(options.AccountCurrency, options.InitialCash);
        Exposure = new ExposureBook(n, (double)options.InitialCash, ClusterIds(universe, options));
        Market = new MarketState(universe);
        _insights = new AlphaInsight[n];
        _weights = new double[n];
        _returns = new double[n];
        _rules = new ExchangeRules[n];
        _minNotional = new double[n];
        _algoRemaining = new double[n];
        _lastDenial = new int[n];
        for (var i = 0; i < n; i++)
        {
            _rules[i] = _venue.Profile.RulesFor(universe.SymbolOf(i));
            _minNotional[i] = (double)_rules[i].MinNotional;
        }

        if (Risk.Options.CorrelationSpikeThreshold > 0 && n >= Math.Max(2, Risk.Options.CorrelationMinSymbols))
        {
            _correlation = new CorrelationMonitor(n);
        }
    }

    public TradingUniverse Universe { get; }
    public TradingMode Mode => _options.Mode;
    public RiskEngine Risk { get; }

    /// <summary>The book of record (decimal): cash, positions, realised PnL and fees.</summary>
    public Portfolio Portfolio { get; }

    /// <summary>The double mirror of the portfolio used on the hot path.</summary>
    public ExposureBook Exposure { get; }

    public MarketState Market { get; }
    public IDecisionLog DecisionLog => _log;
    public string AlphaName => _alpha.Name;

    /// <summary>Equity at the last marks (double mirror of <see cref="Portfolio"/>).</summary>
    public double Equity => Exposure.Equity;

    /// <summary>The latest insight per symbol index.</summary>
    public ReadOnlySpan<AlphaInsight> Insights => _insights;

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

        _context = context;
        _now = context.Time;
        _nowMs = context.TimeMs;
        _ordersThisStep = 0;
        _fillsThisStep = 0;

        _venue.Synchronize(context, this);
        UpdateMarket(context);

        var before = Risk.State;
        _equity = Exposure.Equity;
        Risk.OnBar(_now, _equity);
        var state = Risk.State;
        if (state == TradingState.Halted && before != TradingState.Halted) CancelAll("trading halted");

        if (_algos.Count > 0) StepAlgorithms();

        _alpha.Update(context, _insights);
        _construction.CreateTargets(_insights, _weights);
        if (state != TradingState.Halted)
        {
            for (var i = 0; i < _weights.Length; i++)
            {
                if (context.HasBar(i)) Rebalance(i);
            }

            if (_stops is not null || _execution.PlacesProtectiveStops) SyncProtectiveStops();
        }

        return new KernelStep(_ordersThisStep, _fillsThisStep, Risk.State, Risk.Level, _equity);
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
        var current = Exposure.PositionOf(i) + Exposure.PendingOf(i) + _algoRemaining[i];
        var delta = target - current;
        var notional = Math.Abs(delta) * price;
        var exit = target == 0 && current != 0 && Math.Abs(current) * price >= _minNotional[i];
        if (!exit && (notional < _options.RebalanceThreshold * equity || notional < _minNotional[i] || delta == 0))
        {
            if (_options.RecordHolds) Record(i, DecisionAction.Hold, ReasonCode.None, 0, price);
            return;
        }

        var reason = target == 0 ? ReasonCode.SignalExit : current == 0 ? ReasonCode.SignalEntry : ReasonCode.Rebalance;
        var decision = Risk.Evaluate(RiskCheckFor(i, delta, price, insight.Confidence), Exposure);
        if (!decision.Allowed)
        {
            // The same target denied for the same reason bar after bar is one decision, not thousands: it is
            // recorded again only once something changed (another reason, the other direction, or an order went through).
            var key = (int)decision.Reason * Math.Sign(delta);
            if (_lastDenial[i] == key) return;
            _lastDenial[i] = key;
            Record(i, DecisionAction.Target, reason, delta, price);
            Record(i, DecisionAction.RiskDenied, decision.Reason, 0, price);
            return;
        }

        _lastDenial[i] = 0;
        Record(i, DecisionAction.Target, reason, delta, price);
        Record(i, decision.Verdict == RiskVerdict.Approve ? DecisionAction.RiskApproved : DecisionAction.RiskShrunk, decision.Reason, decision.Quantity, price);

        var intent = new ExecutionIntent(i, decision.Quantity, price, _nowMs, insight.Confidence, reason);
        CancelProtectiveStop(i, "protective stop: replaced by a new order for the position");
        Execute(intent, _execution.Plan(intent));
    }

    private RiskCheck RiskCheckFor(int i, double signedQuantity, double price, double confidence) =>
        new(i, signedQuantity, price, confidence, _now, _minNotional[i], Market.SpreadBpsOf(i), Market.DepthQuoteOf(i), Market.Volume24hQuoteOf(i), _context?.DataQualityOf(i));

    private void Record(int i, DecisionAction action, ReasonCode reason, double quantity, double price, string? orderId = null, string? details = null) =>
        _log.Record(new Decision(_now, Universe.SymbolOf(i), action, reason, quantity, price, orderId, details));
}
