using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Results;

/// <summary>
/// Whether a run's drawdown ladder ended restrictive — at Danger or Critical (reduce-only) or halted by the drawdown kill
/// switch, with no release after — and since when. Such a run stopped trading new exposure silently otherwise, so
/// result.json, the tearsheet and <c>cst backtest</c> say it.
/// </summary>
public sealed record LadderOutcome(DateTimeOffset Since, string Level, string Recovery, DateTimeOffset? ReleaseDue = null)
{
    /// <summary>The restriction the run ended in, or null when it ended free to trade.</summary>
    public static LadderOutcome? HeldToEnd(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var level = "Normal";
        var halted = false;
        DateTimeOffset? since = null;
        foreach (var d in result.Decisions)
        {
            switch (d.Reason)
            {
                case ReasonCode.LadderLevelChanged:
                    // Details end "... -> LEVEL" (RiskEngine.StepLadder and Release).
                    var arrow = d.Details?.LastIndexOf("-> ", StringComparison.Ordinal) ?? -1;
                    if (arrow >= 0) level = d.Details![(arrow + 3)..].Trim();
                    break;
                case ReasonCode.KillSwitchDrawdown:
                    halted = true;
                    break;
                case ReasonCode.LadderReleased or ReasonCode.KillSwitchReleased:
                    halted = false;
                    break;
            }

            var restricted = halted || level is "Danger" or "Critical";
            if (!restricted) since = null;
            else since ??= d.Time;
        }

        if (since is null) return null;
        var recovery = result.Settings.Risk.TryGetValue("recovery", out var r) ? r : "drawdown";
        DateTimeOffset? due = recovery == "cooldown" && result.Settings.Risk.TryGetValue("recoveryCooldownDays", out var days)
            && double.TryParse(days, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? since.Value.AddDays(n) : null;
        return new LadderOutcome(since.Value, halted ? $"{level}, drawdown kill switch" : level, recovery, due);
    }

    /// <summary>One line for people: "ladder held Danger from 2018-08-14 to the end (recovery: drawdown)".</summary>
    public string Describe() => $"ladder held {Level} from {Since:yyyy-MM-dd} to the end (recovery: {Recovery}" +
        (ReleaseDue is { } due ? $", release due {due:yyyy-MM-dd} after the run)" : ")");
}
