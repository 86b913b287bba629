namespace CryptoSmartTrader.Bot.Engine;

/// <summary>Settings of the trading engine (section <c>Bot:Engine</c>).</summary>
public sealed class EngineOptions
{
    public const string Section = "Bot:Engine";

    /// <summary>Replay only the last N bars of each series (0 = all of them).</summary>
    public int ReplayLastBars { get; set; } = 2_000;

    /// <summary>Recompute each symbol's data health (and the verdict given to the risk engine) every N bars; the symbols are
    /// spread over those N bars so no single bar close pays for all of them.</summary>
    public int HealthEveryBars { get; set; } = 24;

    /// <summary>Test hook for the crash-safety test: <c>STEP:N</c> kills the process (SIGKILL) the N-th time the order flow
    /// reaches STEP (<c>after-intent</c>, <c>after-submit</c>, <c>after-fill</c>, <c>after-step</c>). Never set in production.</summary>
    public string? CrashAt { get; set; }

    /// <summary>Test hook for the cluster test: appends <c>node,token,clientOrderId,accepted</c> for each new order the venue
    /// receives (not recovery re-runs), so the test can prove from the venue's side that two nodes never submitted at once.</summary>
    public string? VenueLogPath { get; set; }
}
