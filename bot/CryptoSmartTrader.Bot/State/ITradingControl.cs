namespace CryptoSmartTrader.Bot.State;

/// <summary>The operator's levers on the trading kernel. The kill switch acts on the risk engine itself, so nothing routes around it.</summary>
internal interface ITradingControl
{
    void Halt(string reason);

    void Resume();

    /// <summary>A person releases the drawdown ladder: equity becomes the new peak, the level Normal (the way out under manual recovery).</summary>
    void ReleaseLadder(string reason);
}
