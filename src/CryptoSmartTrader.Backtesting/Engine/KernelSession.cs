using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Collections;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// One kernel plus what is needed to drive it step by step and to record what it did. The backtest runner and the
/// live (channel-fed) host both drive a session with <see cref="BeginStep"/> → <see cref="AddBar"/> → <see cref="EndStep"/>;
/// the trading logic itself is only the kernel's <see cref="TradingKernel.OnBarClose"/>.
/// </summary>
public sealed class KernelSession
{
    private readonly RecordingVenue _venue;
    private readonly GatedAlphaModel _alpha;
    private readonly DecisionLog _log = new();
    private readonly BarCloseContext _context;
    private readonly IBarEnricher? _enricher;
    private readonly AppendOnlyList<EquityPoint> _equity = new();
    private DateTimeOffset? _tradingSince;

    /// <param name="recordDecisions">False for a run whose output has no decisions (a sweep cell): the kernel's decisions
    /// are discarded instead of kept, and <see cref="DecisionItems"/> stays empty. Orders, fills and results are unchanged.</param>
    public KernelSession(KernelBlueprint blueprint, TradingUniverse universe, TimeProvider clock, IReadOnlyList<CandleSeries>? data = null,
        bool recordDecisions = true)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        Universe = universe ?? throw new ArgumentNullException(nameof(universe));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        RecordingVenue? recording = null;
        GatedAlphaModel? gated = null;
        var host = new KernelHost
        {
            Clock = clock,
            Universe = universe,
            Venue = blueprint.Venue,
            WrapVenue = v => recording = new RecordingVenue(v),
            Alpha = data is not null && blueprint.AlphaOnData is { } onData ? u => onData(data, u) : blueprint.CreateAlpha,
            WrapAlpha = a => gated = new GatedAlphaModel(a),
            Options = blueprint.Options ?? (blueprint.Package is null ? () => new TradingKernelOptions() : null),
            Risk = blueprint.Risk,
            Sizer = blueprint.Sizer,
            Execution = blueprint.Execution,
            Construction = blueprint.Construction,
            DecisionLog = recordDecisions ? _log : DiscardDecisionLog.Instance,
        };
        var built = StrategyKernelFactory.CreateOrThrow(blueprint.PackageFor(universe), host);
        Kernel = built.Kernel;
        _venue = recording!;
        _alpha = gated!;
        Options = built.Options;
        _enricher = blueprint.Enricher?.Invoke(universe);
        _context = new BarCloseContext(universe);
    }

    public TradingUniverse Universe { get; }
    public TimeProvider Clock { get; }
    public TradingKernelOptions Options { get; }
    public TradingKernel Kernel { get; }
    public int Bars { get; private set; }
    public int Steps { get; private set; }
    public int WarmupSteps { get; private set; }

    /// <summary>While false (warm-up, training periods) bars update the kernel's state but no order reaches the venue
    /// and no equity is recorded.</summary>
    public bool Trading
    {
        get => _venue.Trading;
        set => _venue.Trading = _alpha.Open = value;
    }

    /// <summary>False when the caller reads the kernel's equity itself after each step (a sweep cell): no equity points are kept.</summary>
    public bool RecordEquity { get; set; } = true;

    public IReadOnlyList<OrderRecord> Orders => _venue.Orders;

    /// <summary>Every decision recorded so far, warm-up included (the bot reads each step's new ones as they come).</summary>
    public IReadOnlyList<Decision> DecisionItems => _log.Items;
    public IReadOnlyList<EquityPoint> Equity => _equity;

    public void BeginStep(DateTimeOffset closeTime) => _context.Reset(closeTime);

    public void AddBar(int symbolIndex, in Bar bar)
    {
        _context.SetBar(symbolIndex, bar);
        Bars++;
    }

    public KernelStep EndStep()
    {
        _enricher?.Enrich(_context);
        var step = Kernel.OnBarClose(_context);
        Steps++;
        if (!Trading)
        {
            WarmupSteps++;
            return step;
        }

        _tradingSince ??= _context.Time;
        if (!RecordEquity) return step;
        var x = Kernel.Exposure;
        _equity.Add(new EquityPoint(_context.Time, (decimal)x.Equity, (decimal)x.Gross(includePending: false), (decimal)x.Net(includePending: false)));
        return step;
    }

    /// <summary>Fills with their fee valued in the account currency (base-asset fees at the fill price; other assets at 0, as the portfolio books them).</summary>
    public IReadOnlyList<FillRecord> FillRecords() => Kernel.Fills.Select(f =>
    {
        var fill = f.Fill;
        var feeValue = fill.FeeAsset == fill.Symbol.Quote ? fill.Fee : fill.FeeAsset == fill.Symbol.Base ? fill.Fee * fill.Price : 0m;
        return new FillRecord(fill, f.ReferencePrice, feeValue);
    }).ToArray();

    /// <summary>Decisions made while trading (warm-up decisions, all refused at the venue, are left out).</summary>
    public IReadOnlyList<Decision> Decisions() =>
        _tradingSince is { } since ? _log.Items.Where(d => d.Time >= since).ToArray() : [];

    /// <summary>The hash of every order sent while trading (see <see cref="Engine.OrderListHash"/>).</summary>
    public string OrderListHash() => Engine.OrderListHash.Compute(_venue.Orders);

    public BacktestResult BuildResult(BacktestSettings settings, IReadOnlyList<CandleSeries> universeSeries, MetricsOptions? metrics = null,
        double? pbo = null, IReadOnlyList<WalkForwardWindow>? windows = null)
    {
        var fills = FillRecords();
        var trips = RoundTripBuilder.Build(fills);
        var benchmark = BuyAndHold.Curve(universeSeries, _equity.Select(e => e.Time).ToArray(), settings.InitialCash);
        var barLength = BarLength(universeSeries);
        return new BacktestResult
        {
            Settings = settings,
            Metrics = MetricsCalculator.Compute(_equity, fills, trips, barLength, metrics, benchmark, pbo),
            OrderListHash = OrderListHash(),
            Orders = _venue.Orders.ToArray(),
            Fills = fills,
            Trades = trips,
            Equity = _equity.ToArray(),
            Benchmark = benchmark,
            Decisions = Decisions(),
            Bars = Bars,
            Steps = Steps,
            WarmupSteps = WarmupSteps,
            Windows = windows ?? [],
        };
    }

    /// <summary>The shortest fixed timeframe of the universe (a month when every series is monthly).</summary>
    internal static TimeSpan BarLength(IReadOnlyList<CandleSeries> series)
    {
        var fixedLengths = series.Where(s => s.Timeframe.IsFixed).Select(s => s.Timeframe.Duration).ToArray();
        return fixedLengths.Length > 0 ? fixedLengths.Min() : TimeSpan.FromDays(30.4375);
    }
}
