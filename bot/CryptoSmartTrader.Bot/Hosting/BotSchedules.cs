namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>Quartz cron expressions (seconds first). Defaults suit an hourly strategy.</summary>
public sealed class BotSchedules
{
    /// <summary>Market-data sync right after each candle close.</summary>
    public string MarketDataSync { get; set; } = "5 0 * * * ?";

    /// <summary>Predict-and-trade after the data has landed.</summary>
    public string TradingCycle { get; set; } = "30 0 * * * ?";

    public string Reconcile { get; set; } = "0 */10 * * * ?";
    public string DataHealth { get; set; } = "0 */5 * * * ?";
    public string DriftCheck { get; set; } = "0 15 */6 * * ?";
    public string Retrain { get; set; } = "0 30 2 ? * SUN";
    public string DailyReport { get; set; } = "0 5 0 * * ?";
    public string Heartbeat { get; set; } = "0/30 * * * * ?";

    /// <summary>Continuous parity (bot fills vs a replay backtest of the same bars), after the hourly trading cycle.</summary>
    public string ParityCheck { get; set; } = "0 20 * * * ?";
}
