using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Replay;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// One run of the trading kernel — the same <see cref="TradingKernel"/> the backtester drives — on the simulated venue
/// (Paper, Replay) or the refusing shadow venue (Shadow), clocked by replay time. Not thread-safe: callers hold <see cref="Gate"/>.
/// </summary>
internal sealed class BotSession
{
    private readonly BarCloseContext _context;
    private readonly IReadOnlyList<CandleSeries> _series;
    private readonly DataQualityVerdict?[] _verdicts;
    private readonly int _healthEvery;
    private long _steps;

    /// <param name="liveVenue">The exchange adapter in live mode (wrapped in the write-ahead store like the paper venue); null simulates.</param>
    /// <param name="orderIdPrefix">Client order id prefix; a live-data session needs one unique per run, since nothing is re-run after a restart.</param>
    public BotSession(BotMode mode, Strategy strategy, IReadOnlyList<CandleSeries> series, BotStore store, EngineOptions options,
        IExecutionVenue? liveVenue = null, string? orderIdPrefix = null)
    {
        _series = series;
        _healthEvery = Math.Max(1, options.HealthEveryBars);
        Universe = new TradingUniverse(strategy.Exchange, strategy.Timeframe, series.Select(s => s.Symbol));
        _context = new BarCloseContext(Universe);
        _verdicts = new DataQualityVerdict?[Universe.Count];
        Crash = new CrashPoints(options.CrashAt);
        var profile = ExchangeProfiles.For(strategy.Exchange);
        IExecutionVenue venue;
        if (mode == BotMode.Shadow)
        {
            venue = new ShadowVenue(profile);
        }
        else
        {
            Persisting = new PersistingVenue(liveVenue ?? new SimulatedVenue(profile, Universe), store, Crash);
            venue = Persisting;
        }

        var kernelOptions = new TradingKernelOptions
        {
            Mode = liveVenue is null ? TradingMode.Paper : TradingMode.Live,
            InitialCash = strategy.InitialCash,
            AccountCurrency = strategy.AccountCurrency,
            RebalanceThreshold = strategy.RebalanceThreshold,
        };
        if (orderIdPrefix is not null) kernelOptions.ClientOrderIdPrefix = orderIdPrefix;
        venue = new WarmupGate(venue, () => WarmingUp);
        var alpha = strategy.CreateAlpha(Universe);
        Alpha = alpha;
        Kernel = new TradingKernel(kernelOptions, Universe, new TradingKernelComponents
        {
            Alpha = alpha,
            Venue = venue,
            Risk = strategy.Risk,
            DecisionLog = Log,
        }, Clock);
    }

    public object Gate { get; } = new();
    public ReplayClock Clock { get; } = new();
    public TradingKernel Kernel { get; }

    /// <summary>The strategy's alpha (sma-cross rule or promoted models), as given to the kernel.</summary>
    public IAlphaModel Alpha { get; }
    public TradingUniverse Universe { get; }

    /// <summary>The candle series the session steps through (a bar is known only from its close: use <c>KnownAt</c>).</summary>
    public IReadOnlyList<CandleSeries> Series => _series;
    public StepDecisionLog Log { get; } = new();
    public PersistingVenue? Persisting { get; }
    public CrashPoints Crash { get; }
    public IReadOnlyList<DataHealthReport> Health { get; private set; } = [];
    public DateTimeOffset? LastClose { get; private set; }

    /// <summary>While true (live-data warm-up on past bars) every order is refused before it is stored or sent.</summary>
    public bool WarmingUp { get; set; }

    /// <summary>A verdict that takes precedence over the periodic health check (the live feed blocks a symbol after a gap).</summary>
    public Func<int, DateTimeOffset, DataQualityVerdict?>? VerdictOverride { get; set; }

    /// <summary>Runs one bar close through the kernel at replay time <paramref name="closeTime"/>.</summary>
    public KernelStep Step(DateTimeOffset closeTime, IReadOnlyList<(int Symbol, Bar Bar)> bars)
    {
        Clock.AdvanceTo(closeTime);
        var n = _steps++;
        RefreshHealth(closeTime, first: n == 0 ? 0 : (int)(n % _healthEvery), stride: n == 0 ? 1 : _healthEvery);
        _context.Reset(closeTime);
        foreach (var (i, bar) in bars)
        {
            _context.SetBar(i, bar);
            _context.SetDataQuality(i, VerdictOverride?.Invoke(i, closeTime) ?? _verdicts[i]);
        }

        LastClose = closeTime;
        return Kernel.OnBarClose(_context);
    }

    // Only bars known at the step time are analysed (KnownAt), so health never looks ahead either. Every symbol is
    // analysed at the first step, then each one every HealthEveryBars steps, a different slice at each step (symbols
    // i = first, first + stride, ...): the cost is spread over the bar closes instead of landing on one of them, where
    // with 100 symbols it was the cycle's p99 (docs/benchmarks.md, bot cycle latency).
    private void RefreshHealth(DateTimeOffset asOf, int first, int stride)
    {
        if (first >= _series.Count) return;
        var reports = Health.Count == _series.Count ? Health.ToArray() : new DataHealthReport[_series.Count];
        for (var i = first; i < _series.Count; i += stride)
        {
            var known = _series[i].KnownAt(asOf);
            var report = DataQuality.Analyze(known, asOf);
            _verdicts[i] = report.ToVerdict();
            reports[i] = new DataHealthReport(_series[i].Symbol, report);
        }

        Health = reports;
    }
}

/// <summary>The latest quality report of one symbol.</summary>
internal sealed record DataHealthReport(Symbol Symbol, DataQualityReport Report);
