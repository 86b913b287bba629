namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>Where paper and shadow mode take candles from. Live mode always needs the exchange.</summary>
public enum MarketDataSource
{
    /// <summary>The exchange when it answers the start-up probe, otherwise the local dataset (REPLAY).</summary>
    Auto = 0,

    /// <summary>The exchange only; unreachable means no trading, with the reason shown.</summary>
    Live = 1,

    /// <summary>The local dataset, even when an exchange is reachable.</summary>
    Replay = 2,
}
