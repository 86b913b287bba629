namespace CryptoSmartTrader.Bot.MarketData;

/// <summary>The live candle feed (section <c>Bot:MarketData</c>): closed candles polled from the exchange's public REST API at each close.</summary>
public sealed class MarketDataOptions
{
    public const string Section = "Bot:MarketData";

    public MarketDataSource Source { get; set; } = MarketDataSource.Auto;

    /// <summary>Overrides the exchange's public REST root (a mirror, or a loopback server in tests).</summary>
    public Uri? RestBaseUrl { get; set; }

    /// <summary>The start-up reachability probe gives up after this long, and the bot replays the local dataset.</summary>
    public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Wait after a candle's close before asking for it, so the exchange has published it.</summary>
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Further polls when the candle that just closed is not there yet, <see cref="RetryDelay"/> apart.</summary>
    public int Retries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Closed candles loaded at start-up; the kernel steps through them without trading (warm-up).</summary>
    public int WarmupBars { get; set; } = 200;

    /// <summary>After a gap a symbol is blocked from trading for this many bar closes (its indicators saw a hole).</summary>
    public int BarsAfterGap { get; set; } = 24;

    /// <summary>Returns the reasons the settings cannot be used, empty when they are fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (ProbeTimeout <= TimeSpan.Zero) errors.Add($"Bot:MarketData:ProbeTimeout must be > 0, got {ProbeTimeout}");
        if (Retries < 0) errors.Add($"Bot:MarketData:Retries must be >= 0, got {Retries}");
        if (WarmupBars < 0) errors.Add($"Bot:MarketData:WarmupBars must be >= 0, got {WarmupBars}");
        if (BarsAfterGap < 1) errors.Add($"Bot:MarketData:BarsAfterGap must be >= 1, got {BarsAfterGap}");
        if (RestBaseUrl is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") }) errors.Add($"Bot:MarketData:RestBaseUrl must be an absolute http(s) URL, got '{RestBaseUrl}'");
        return errors;
    }
}
