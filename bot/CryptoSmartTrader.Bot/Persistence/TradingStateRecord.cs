using System.Globalization;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.Persistence;

/// <summary>
/// The risk engine's trading state after a step, committed with the step: Active/Reducing/Halted, the drawdown ladder
/// level, what engaged the kill switch (and the operator's words when it was the operator), when an automatic halt may
/// resume, and the daily-loss halt. Recovery checks each re-run step against it; the page explains it.
/// </summary>
internal sealed record TradingStateRecord(string State, string Level, ReasonCode KillSwitch, string? ManualReason, DateTimeOffset? ResumesAfter, bool DailyHalt)
{
    public static TradingStateRecord Of(RiskEngine risk, string? manualReason) => new(risk.State.ToString(), risk.Level.ToString(), risk.KillSwitchReason,
        risk.KillSwitchReason == ReasonCode.KillSwitchManual ? manualReason : null, risk.KillSwitchResumesAfter, risk.DailyHaltActive);

    /// <summary>Why trading is halted or reduced and how it resumes; null while trading normally.</summary>
    public string? Explain()
    {
        const string resume = "resume with the Resume button or POST /api/resume (bearer token)";
        // The operator's own words, as given (the page offers the Resume button next to them).
        if (KillSwitch == ReasonCode.KillSwitchManual) return ManualReason ?? "kill switch engaged by the operator";
        if (KillSwitch != ReasonCode.None)
        {
            var why = KillSwitch switch
            {
                ReasonCode.KillSwitchVolatilityShock => "a volatility shock",
                ReasonCode.KillSwitchCorrelationSpike => "a correlation spike",
                ReasonCode.KillSwitchDataQualityCollapse => "a data-quality collapse (too many symbols with untradable data)",
                ReasonCode.KillSwitchDrawdown => "the kill-switch drawdown",
                ReasonCode.KillSwitchSystemErrors => "repeated system errors",
                _ => KillSwitch.ToString(),
            };
            return ResumesAfter is { } after
                ? string.Create(CultureInfo.InvariantCulture, $"kill switch engaged by the risk engine after {why}; resumes by itself at the first bar close after {after:yyyy-MM-dd HH:mm}Z where the condition has cleared, or {resume}")
                : $"kill switch engaged by the risk engine after {why}; it latches: {resume}";
        }

        if (DailyHalt) return "daily loss limit reached: trading resumes at the next UTC day";
        return State == nameof(TradingState.Reducing) ? $"drawdown level {Level}: only exposure-reducing orders until the ladder's recovery policy releases it or a person does (POST /api/ladder/release, bearer token)" : null;
    }
}
