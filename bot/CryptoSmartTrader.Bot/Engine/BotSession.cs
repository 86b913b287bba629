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

    public BotSession(BotMode mode, Strategy strategy, IReadOnlyList<CandleSeries> series, BotStore store, EngineOptions options)
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
            Persisting = new PersistingVenue(new SimulatedVenue(profile, Universe), store, Crash);
            venue = Persisting;
        }

        var kernelOptions = new TradingKernelOptions
        {
            Mode = TradingMode.Paper,
            InitialCash = strategy.InitialCash,
            AccountCurrency = strategy.AccountCurrency,
            RebalanceThreshold = strategy.RebalanceThreshold,
        };
        Kernel = new TradingKernel(kernelOptions, Universe, new TradingKernelComponents
        {
            Alpha = new SmaCrossAlphaModel(Universe.Count, strategy.Sma),
            Venue = venue,
            Risk = strategy.Risk,
            DecisionLog = Log,
        }, Clock);
    }

    public object Gate { get; } = new();
    public ReplayClock Clock { get; } = new();
    public TradingKernel Kernel { get; }
    public TradingUniverse Universe { get; }
    public StepDecisionLog Log { get; } = new();
    public PersistingVenue? Persisting { get; }
    public CrashPoints Crash { get; }
    public IReadOnlyList<DataHealthReport> Health { get; private set; } = [];
    public DateTimeOffset? LastClose { get; private set; }

    /// <summary>Runs one bar close through the kernel at replay time <paramref name="closeTime"/>.</summary>
    public KernelStep Step(DateTimeOffset closeTime, IReadOnlyList<(int Symbol, Bar Bar)> bars)
    {
        Clock.AdvanceTo(closeTime);
        if (_steps++ % _healthEvery == 0) RefreshHealth(closeTime);
        _context.Reset(closeTime);
        foreach (var (i, bar) in bars)
        {
            _context.SetBar(i, bar);
            _context.SetDataQuality(i, _verdicts[i]);
        }

        LastClose = closeTime;
        return Kernel.OnBarClose(_context);
    }

    // Only bars known at the step time are analysed (KnownAt), so health never looks ahead either.
    private void RefreshHealth(DateTimeOffset asOf)
    {
        var reports = new List<DataHealthReport>(_series.Count);
        for (var i = 0; i < _series.Count; i++)
        {
            var known = _series[i].KnownAt(asOf);
            var report = DataQuality.Analyze(known, asOf);
            _verdicts[i] = report.ToVerdict();
            reports.Add(new DataHealthReport(_series[i].Symbol, report));
        }

        Health = reports;
    }
}

/// <summary>The latest quality report of one symbol.</summary>
internal sealed record DataHealthReport(Symbol Symbol, DataQualityReport Report);
