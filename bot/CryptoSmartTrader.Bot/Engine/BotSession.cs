using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Quality;
using CryptoSmartTrader.Data.Quality;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// One run of the trading kernel on the strategy's package, as a backtest's <see cref="KernelSession"/>: the kernel is
/// assembled by <see cref="StrategyKernelFactory"/> (through <see cref="KernelBlueprint.FromPackage"/>) exactly as
/// <c>cst backtest</c> assembles it, with the bot's venue wrapped in the write-ahead store (paper and live) or the
/// refusing shadow venue, and clocked by replay time. Not thread-safe: callers hold <see cref="Gate"/>.
/// </summary>
internal sealed class BotSession
{
    private readonly KernelSession _session;
    private readonly IReadOnlyList<CandleSeries> _series;
    private readonly DataQualityVerdict?[] _verdicts;
    private readonly bool[] _present;
    private readonly int _healthEvery;
    private long _steps;
    private int _decisionsRead;

    /// <param name="liveVenue">The exchange adapter in live mode (wrapped in the write-ahead store like the paper venue); null simulates.</param>
    /// <param name="orderIdPrefix">Client order id prefix; a live-data session needs one unique per run, since nothing is re-run after a restart.</param>
    public BotSession(BotMode mode, Strategy strategy, IReadOnlyList<CandleSeries> series, BotStore store, EngineOptions options,
        IExecutionVenue? liveVenue = null, string? orderIdPrefix = null)
    {
        _series = series;
        _healthEvery = Math.Max(1, options.HealthEveryBars);
        Universe = new TradingUniverse(strategy.Exchange, strategy.Timeframe, series.Select(s => s.Symbol));
        _verdicts = new DataQualityVerdict?[Universe.Count];
        _present = new bool[Universe.Count];
        Crash = new CrashPoints(options.CrashAt);
        var package = strategy.Package;
        IAlphaModel? alpha = null;
        var blueprint = KernelBlueprint.FromPackage(package) with
        {
            Venue = u =>
            {
                if (mode == BotMode.Shadow) return new ShadowVenue(StrategyKernelFactory.Profile(package));
                return Persisting = new PersistingVenue(liveVenue ?? StrategyKernelFactory.SimulatedVenue(package, u), store, Crash);
            },
            Alpha = u => alpha = strategy.CreateAlpha(u),
            Options = () =>
            {
                var o = StrategyKernelFactory.KernelOptions(package);
                o.Mode = liveVenue is null ? TradingMode.Paper : TradingMode.Live;
                if (orderIdPrefix is not null) o.ClientOrderIdPrefix = orderIdPrefix;
                return o;
            },
            Enricher = _ => new HealthVerdicts(this),
        };
        _session = new KernelSession(blueprint, Universe, Clock) { Trading = true };
        Alpha = alpha!;
    }

    public object Gate { get; } = new();
    public SimulatedClock Clock { get; } = new(DateTimeOffset.UnixEpoch);
    public TradingKernel Kernel => _session.Kernel;

    /// <summary>The backtest's session the bot drives: its order list, fills and equity make the replay's result.json.</summary>
    public KernelSession Recording => _session;

    /// <summary>The strategy's alpha (sma-cross rule or promoted models), as built for the kernel.</summary>
    public IAlphaModel Alpha { get; }
    public TradingUniverse Universe { get; }

    /// <summary>The candle series the session steps through (a bar is known only from its close: use <c>KnownAt</c>).</summary>
    public IReadOnlyList<CandleSeries> Series => _series;
    public PersistingVenue? Persisting { get; private set; }
    public CrashPoints Crash { get; }
    public IReadOnlyList<DataHealthReport> Health { get; private set; } = [];
    public DateTimeOffset? LastClose { get; private set; }

    /// <summary>While true (warm-up on past bars) the session is not trading: the alpha sees the bars but shows no view and
    /// every order is refused before it is stored or sent, as in a backtest's warm-up.</summary>
    public bool WarmingUp
    {
        get => !_session.Trading;
        set => _session.Trading = !value;
    }

    /// <summary>
    /// True on live data (paper, shadow, live): the periodic health verdicts go to the kernel's risk engine with the bars,
    /// since staleness and gaps are real there. False on a replayed dataset: the health is shown on the page, but the
    /// kernel sees the bars exactly as <c>cst backtest</c> gives them (no verdicts), so a replay trades as the backtest
    /// does; the dataset was checked when it was imported.
    /// </summary>
    public bool HealthGatesTrading { get; init; }

    /// <summary>A replay window's first traded close: earlier closes warm the kernel without trading (as a backtest's warm-up).</summary>
    public DateTimeOffset? TradeFrom { get; init; }

    /// <summary>A verdict that takes precedence over the periodic health check (the live feed blocks a symbol after a gap).</summary>
    public Func<int, DateTimeOffset, DataQualityVerdict?>? VerdictOverride { get; set; }

    /// <summary>Runs one bar close through the kernel at replay time <paramref name="closeTime"/>.</summary>
    public KernelStep Step(DateTimeOffset closeTime, IReadOnlyList<(int Symbol, Bar Bar)> bars)
    {
        Clock.AdvanceTo(closeTime);
        var n = _steps++;
        RefreshHealth(closeTime, first: n == 0 ? 0 : (int)(n % _healthEvery), stride: n == 0 ? 1 : _healthEvery);
        if (TradeFrom is { } from) _session.Trading = closeTime >= from;
        Array.Clear(_present);
        _session.BeginStep(closeTime);
        foreach (var (i, bar) in bars)
        {
            _session.AddBar(i, bar);
            _present[i] = true;
        }

        LastClose = closeTime;
        return _session.EndStep();
    }

    /// <summary>The decisions recorded since the previous call (the step's, to persist and publish).</summary>
    public IReadOnlyList<Decision> DrainDecisions()
    {
        var all = _session.DecisionItems;
        var fresh = new Decision[all.Count - _decisionsRead];
        for (var i = 0; i < fresh.Length; i++) fresh[i] = all[_decisionsRead + i];
        _decisionsRead = all.Count;
        return fresh;
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

    // The step's data-quality verdicts, given to the kernel with the bars (the symbols that have a bar at this close).
    private sealed class HealthVerdicts(BotSession session) : IBarEnricher
    {
        public void Enrich(BarCloseContext context)
        {
            for (var i = 0; i < session._present.Length; i++)
            {
                if (!session._present[i]) continue;
                var verdict = session.VerdictOverride?.Invoke(i, context.Time) ?? (session.HealthGatesTrading ? session._verdicts[i] : null);
                if (verdict is not null) context.SetDataQuality(i, verdict);
            }
        }
    }
}

/// <summary>The latest quality report of one symbol.</summary>
internal sealed record DataHealthReport(Symbol Symbol, DataQualityReport Report);
