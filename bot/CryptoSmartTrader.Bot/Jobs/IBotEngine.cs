namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>
/// What the scheduled jobs ask of the bot. Each call returns a one-line outcome for the jobs panel; expected problems
/// (no data, venue unreachable) are outcomes, not exceptions.
/// </summary>
internal interface IBotEngine
{
    Task<string> SyncMarketDataAsync(CancellationToken cancellationToken);

    Task<string> RunTradingCycleAsync(CancellationToken cancellationToken);

    Task<string> ReconcileAsync(CancellationToken cancellationToken);

    Task<string> CheckDataHealthAsync(CancellationToken cancellationToken);

    Task<string> CheckDriftAsync(CancellationToken cancellationToken);

    Task<string> RetrainAsync(CancellationToken cancellationToken);

    Task<string> DailyReportAsync(CancellationToken cancellationToken);
}
