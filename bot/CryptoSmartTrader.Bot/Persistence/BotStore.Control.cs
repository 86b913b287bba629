using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>An operator action on the kill switch, applied after the step that closed at <see cref="After"/> (null: before the first step).</summary>
internal sealed record ControlEvent(long Id, DateTimeOffset? After, string Action, string? Reason);

internal sealed partial class BotStore
{
    public const string Halt = "halt";
    public const string Resume = "resume";
    public const string ReleaseLadder = "release-ladder";

    /// <summary>Journals an operator action before it is applied, so a restart re-applies it at the same point of the re-run.</summary>
    public void AppendControl(DateTimeOffset? after, string action, string? reason, DateTimeOffset wall) =>
        Write("INSERT INTO bot_control (after_ms, action, reason, wall_ms) VALUES (@a, @x, @r, @w)", ("@a", after?.ToUnixTimeMilliseconds() ?? long.MinValue),
            ("@x", action), ("@r", reason), ("@w", wall.ToUnixTimeMilliseconds()));

    public IReadOnlyList<ControlEvent> ControlEvents() => Read("SELECT id, after_ms, action, reason FROM bot_control ORDER BY id",
        r => new ControlEvent(r.GetInt64(0), r.GetInt64(1) == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), r.GetString(2),
            r.IsDBNull(3) ? null : r.GetString(3)));

    /// <summary>The trading state committed with each step, by close time.</summary>
    public IReadOnlyDictionary<DateTimeOffset, TradingStateRecord> TradingStates() => Read(
        "SELECT time_ms, state, level, kill_switch, manual_reason, resumes_after_ms, daily_halt FROM bot_trading_state",
        r => (DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)), new TradingStateRecord(r.GetString(1), r.GetString(2), Enum.Parse<ReasonCode>(r.GetString(3)),
            r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(5)), r.GetInt64(6) == 1)))
        .ToDictionary(x => x.Item1, x => x.Item2);
}
