using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Live;
using CryptoSmartTrader.Bot.Maintenance;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Replay;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Bot.Strategies;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>
/// Drives the trading kernel from the replay feed (one bar close at a time, at <see cref="BotOptions.ReplaySpeed"/> bars
/// per second) and answers the scheduled jobs. After a restart it first re-runs the committed steps against the store
/// (reconciliation: the deterministic paper venue rebuilds its state, every stored order must reappear) and only then trades.
/// Live mode, and paper/shadow mode when the exchange answers, run on live candles instead (BotEngine.Live.cs).
/// With no data it says what is missing and waits.
/// </summary>
internal sealed partial class BotEngine(BotOptions options, EngineOptions engineOptions, BotStatus status, AlertDispatcher alerts, TimeProvider time,
    ISchedulerFactory schedulers, LiveRuntime live, MaintenanceOptions maintenance)
    : BackgroundService, IBotEngine, ITradingControl
{
    private volatile BotSession? _session;
    private volatile bool _reconciled;
    private volatile string _reconcileOutcome = "waiting for market data";
    private volatile string _feedOutcome = "not started";
    private BotStore? _store;

    public BotSession? Session => _session;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _feedOutcome = $"engine failed: {ex.GetType().Name}: {ex.Message}";
            status.AddNotice(_feedOutcome);
            _session?.Kernel.ReportSystemError(_feedOutcome);
            await Alert(AlertKind.JobFailure, AlertSeverity.Critical, _feedOutcome, CancellationToken.None);
        }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var (strategy, errors) = StrategyLoader.Load(options);
        foreach (var e in errors) status.AddNotice(e);
        if (strategy is null)
        {
            _feedOutcome = "no valid strategy: not trading";
            return;
        }

        if (await TryRunLiveDataAsync(strategy, ct)) return;

        _store = BotStore.Open(options.DbPath);
        var (series, missing) = await ReplayData.LoadAsync(options.DbPath, options.DatasetsPath, strategy, engineOptions.ReplayLastBars, ct);
        foreach (var m in missing) status.AddNotice(m);
        if (series.Count == 0)
        {
            _feedOutcome = "no market data: not trading (see notices)";
            return;
        }

        var session = new BotSession(options.Mode, strategy, series, _store, engineOptions);
        var cursor = _store.Cursor();
        session.Crash.Armed = cursor is null;
        if (cursor is null) Reconcile(session, null);
        _session = session;
        _feedOutcome = $"replaying {series.Count} series of {strategy.Timeframe} candles from {series.Min(s => s.FirstOpenTime):O}";

        var feed = new ChannelBarFeed(256);
        var producer = feed.ReplayAsync(series, null, ct);
        var delay = TimeSpan.FromSeconds(1 / options.ReplaySpeed);
        await foreach (var batch in feed.Reader.ReadAllAsync(ct))
        {
            var recovering = cursor is { } c && batch.CloseTime <= c;
            if (!recovering && !_reconciled) Reconcile(session, cursor);
            RunCycle(session, batch, persist: !recovering);

            if (!recovering) await Task.Delay(delay, ct);
        }

        await producer;
        if (!_reconciled) Reconcile(session, cursor);
        _feedOutcome = $"replay finished at {session.LastClose:O}: the dataset has no later bars";
        status.AddNotice(_feedOutcome);
    }
}
