namespace CryptoSmartTrader.Bot.Live;

/// <summary>Settings of live trading (section <c>Bot:Live</c>). Keys never appear here: they come from the environment or a secrets file.</summary>
public sealed class LiveOptions
{
    public const string Section = "Bot:Live";

    /// <summary>JSON secrets file outside the repository, used when the <c>CST_{VENUE}_API_KEY</c>/<c>_API_SECRET</c> variables are unset.</summary>
    public string? SecretsFile { get; set; }

    /// <summary>Overrides the venue's private REST root (a testnet, a mirror, or a loopback server in tests).</summary>
    public Uri? RestBaseUrl { get; set; }

    /// <summary>Longest the kernel waits for one venue call, unknown-outcome queries included; past it the order is treated as
    /// of unknown outcome and resolved by client order id at the next bar close.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>An order of unknown outcome still not found at the venue this long after it was sent was never placed
    /// (longer than every venue's acceptance window).</summary>
    public TimeSpan UnknownOrderGrace { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far back fills are looked up for a working order (before its creation, for venue clock skew).</summary>
    public TimeSpan TradeLookback { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Returns the reasons the settings cannot be used, empty when they are fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (CallTimeout <= TimeSpan.Zero) errors.Add($"Bot:Live:CallTimeout must be > 0, got {CallTimeout}");
        if (UnknownOrderGrace <= TimeSpan.Zero) errors.Add($"Bot:Live:UnknownOrderGrace must be > 0, got {UnknownOrderGrace}");
        if (TradeLookback < TimeSpan.Zero) errors.Add($"Bot:Live:TradeLookback must be >= 0, got {TradeLookback}");
        if (RestBaseUrl is { IsAbsoluteUri: false } or { Scheme: not ("http" or "https") }) errors.Add($"Bot:Live:RestBaseUrl must be an absolute http(s) URL, got '{RestBaseUrl}'");
        return errors;
    }
}
