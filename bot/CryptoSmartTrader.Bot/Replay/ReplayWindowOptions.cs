using System.Globalization;
using CryptoSmartTrader.Bot.Hosting;

namespace CryptoSmartTrader.Bot.Replay;

/// <summary>
/// A replay window (section <c>Bot:Replay</c>; <c>--from F --until T --out DIR --warmup N</c>): replay mode trades the
/// bar closes from F to T as fast as it can, after N warm-up bars per symbol before F (as <c>cst backtest --warmup</c>),
/// writes DIR/result.json in the backtest's format and stops. Dates are UTC (yyyy-MM-dd or ISO 8601).
/// </summary>
public sealed class ReplayWindowOptions
{
    public const string Section = "Bot:Replay";

    public string? From { get; set; }
    public string? Until { get; set; }
    public string? Out { get; set; }

    /// <summary>Bars per symbol before <see cref="From"/> that warm the kernel without trading (cst backtest's default too).</summary>
    public int WarmupBars { get; set; } = 200;

    public bool IsSet => From is not null || Until is not null || Out is not null;

    internal DateTimeOffset FromTime => Parse(From)!.Value;
    internal DateTimeOffset UntilTime => Parse(Until)!.Value;

    public IReadOnlyList<string> Validate(BotMode mode)
    {
        if (!IsSet) return [];
        var errors = new List<string>();
        if (mode != BotMode.Replay) errors.Add($"--from/--until/--out: a replay window needs --mode replay, got --mode {mode.ToString().ToLowerInvariant()}");
        if (From is null) errors.Add("--from: a replay window needs its first bar close (e.g. --from 2024-01-01)");
        else if (Parse(From) is null) errors.Add($"--from: '{From}' is not a date (expected yyyy-MM-dd or ISO 8601, UTC)");
        if (Until is null) errors.Add("--until: a replay window needs its last bar close (e.g. --until 2024-03-01)");
        else if (Parse(Until) is null) errors.Add($"--until: '{Until}' is not a date (expected yyyy-MM-dd or ISO 8601, UTC)");
        if (Parse(From) is { } f && Parse(Until) is { } u && u <= f) errors.Add($"--until: {Until} is not after --from {From}");
        if (WarmupBars < 0) errors.Add($"--warmup: expected a number of bars >= 0, got {WarmupBars}");
        return errors;
    }

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}
