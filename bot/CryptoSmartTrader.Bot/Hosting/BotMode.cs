namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>How the bot trades. Paper is the default; Live needs keys; Replay plays a local dataset as a live feed.</summary>
public enum BotMode
{
    /// <summary>Simulated venue with real (or replayed) market data.</summary>
    Paper = 0,

    /// <summary>Predictions and decisions are recorded; no orders are sent anywhere.</summary>
    Shadow = 1,

    /// <summary>Real orders on a real exchange.</summary>
    Live = 2,

    /// <summary>A local dataset replayed as a live feed at a chosen speed, traded on the simulated venue.</summary>
    Replay = 3,
}
