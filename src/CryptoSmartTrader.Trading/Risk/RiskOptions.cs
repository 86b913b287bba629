namespace CryptoSmartTrader.Trading.Risk;

/// <summary>Every threshold of the risk engine. Fractions are of current equity unless stated otherwise.</summary>
public sealed class RiskOptions
{
    /// <summary>Orders adding exposure need at least this confidence.</summary>
    public double MinConfidence { get; set; } = 0.80;

    public double MaxPositionFraction { get; set; } = 0.30;
    public double MaxGrossExposure { get; set; } = 1.0;
    public double MaxNetExposure { get; set; } = 1.0;

    /// <summary>Cap on gross exposure inside one correlation cluster (clusters are given to the kernel per symbol).</summary>
    public double MaxClusterExposure { get; set; } = 0.60;

    public bool AllowShort { get; set; }

    /// <summary>Fee rate assumed when checking that a buy is covered by free cash.</summary>
    public double EstimatedFeeRate { get; set; } = 0.001;

    public double MaxSpreadBps { get; set; } = 50;

    /// <summary>Least quote depth within the depth band on the thinner side of the book.</summary>
    public double MinDepthQuote { get; set; } = 10_000;

    public double MinVolume24hQuote { get; set; } = 1_000_000;

    /// <summary>When true an order adding exposure is denied if spread, depth or 24h volume is unknown; otherwise unknown facts skip their check.</summary>
    public bool RequireLiquidityData { get; set; }

    /// <summary>Loss from the start-of-UTC-day equity that halts trading until the next UTC day.</summary>
    public double DailyLossLimit { get; set; } = 0.05;

    public double CautionDrawdown { get; set; } = 0.05;
    public double WarningDrawdown { get; set; } = 0.10;
    public double DangerDrawdown { get; set; } = 0.15;
    public double CriticalDrawdown { get; set; } = 0.20;

    /// <summary>Kill-switch trigger: drawdown from peak equity (full stop).</summary>
    public double KillSwitchDrawdown { get; set; } = 0.25;

    /// <summary>
    /// The ladder steps up when the drawdown reaches a level's threshold and steps back down only once it is this far
    /// (a fraction, 0.01 = one percentage point) below that threshold, so a drawdown wobbling at 5.0 % ± 0.1 % does not flap
    /// between Normal and Caution. 0 gives the old behaviour.
    /// </summary>
    public double LadderHysteresis { get; set; } = 0.01;

    /// <summary>When the restrictive levels (Danger, Critical) and a drawdown kill switch end, see <see cref="Risk.LadderRecovery"/>.</summary>
    public LadderRecovery Recovery { get; set; } = LadderRecovery.Drawdown;

    /// <summary>With <see cref="LadderRecovery.Cooldown"/>: clock time at Danger or above before the ladder is released.</summary>
    public TimeSpan RecoveryCooldown { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// The risk options research writes into a package (<c>cst backtest</c>, <c>cst sweep</c>, the notebook facade) when
    /// no recovery is asked for: <see cref="LadderRecovery.Cooldown"/> (30 days), explicit in package.json, so a multi-year
    /// backtest trades on after its first crash and the bot running the package in paper or replay does the same.
    /// </summary>
    public static RiskOptions ForResearch() => new() { Recovery = LadderRecovery.Cooldown };

    /// <summary>
    /// How long the automatic market triggers (volatility shock, correlation spike) halt trading, in clock time. After it
    /// the engine returns to Active by itself at the first bar close where the trigger condition has cleared; the
    /// halt and the resume are recorded. Zero makes these triggers latch like the others (manual release only).
    /// </summary>
    public TimeSpan MarketTriggerCooldown { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Kill-switch trigger: a bar's |return| above this many EWMA standard deviations; 0 disables.</summary>
    public double VolatilityShockSigmas { get; set; } = 10;

    /// <summary>Returns a symbol needs before its volatility can trigger a shock.</summary>
    public int VolatilityShockWarmup { get; set; } = 50;

    /// <summary>Kill-switch trigger: average pairwise return correlation at or above this; 0 disables.</summary>
    public double CorrelationSpikeThreshold { get; set; } = 0.95;

    public int CorrelationMinSymbols { get; set; } = 3;

    /// <summary>Kill-switch trigger: fraction of symbols with an untradable data verdict; 0 disables.</summary>
    public double DataQualityCollapseFraction { get; set; } = 0.5;

    public int DataQualityMinSymbols { get; set; } = 2;

    /// <summary>Kill-switch trigger: this many system errors within <see cref="SystemErrorWindow"/>; 0 disables.</summary>
    public int SystemErrorLimit { get; set; } = 5;

    public TimeSpan SystemErrorWindow { get; set; } = TimeSpan.FromMinutes(15);

    public void Validate()
    {
        Fraction(MinConfidence, nameof(MinConfidence), 1);
        Fraction(MaxPositionFraction, nameof(MaxPositionFraction), 10);
        Fraction(MaxGrossExposure, nameof(MaxGrossExposure), 10);
        Fraction(MaxNetExposure, nameof(MaxNetExposure), 10);
        Fraction(MaxClusterExposure, nameof(MaxClusterExposure), 10);
        Fraction(DailyLossLimit, nameof(DailyLossLimit), 1);
        Fraction(EstimatedFeeRate, nameof(EstimatedFeeRate), 1);
        if (!(CautionDrawdown > 0 && CautionDrawdown < WarningDrawdown && WarningDrawdown < DangerDrawdown
              && DangerDrawdown < CriticalDrawdown && CriticalDrawdown < KillSwitchDrawdown && KillSwitchDrawdown <= 1))
        {
            throw new ArgumentException(
                $"risk: drawdown thresholds must satisfy 0 < Caution ({CautionDrawdown}) < Warning ({WarningDrawdown}) < Danger ({DangerDrawdown}) " +
                $"< Critical ({CriticalDrawdown}) < KillSwitch ({KillSwitchDrawdown}) <= 1");
        }

        if (!(LadderHysteresis >= 0 && LadderHysteresis < CautionDrawdown))
        {
            throw new ArgumentOutOfRangeException(nameof(LadderHysteresis), LadderHysteresis, $"risk: LadderHysteresis must be in [0, CautionDrawdown ({CautionDrawdown}))");
        }

        if (!Enum.IsDefined(Recovery)) throw new ArgumentOutOfRangeException(nameof(Recovery), Recovery, "risk: Recovery must be Drawdown, Manual, NewHigh or Cooldown");
        if (RecoveryCooldown <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(RecoveryCooldown), RecoveryCooldown, "risk: RecoveryCooldown must be > 0");
        if (!(MaxSpreadBps > 0)) throw new ArgumentOutOfRangeException(nameof(MaxSpreadBps), MaxSpreadBps, "risk: MaxSpreadBps must be > 0");
        if (!(MinDepthQuote >= 0)) throw new ArgumentOutOfRangeException(nameof(MinDepthQuote), MinDepthQuote, "risk: MinDepthQuote must be >= 0");
        if (!(MinVolume24hQuote >= 0)) throw new ArgumentOutOfRangeException(nameof(MinVolume24hQuote), MinVolume24hQuote, "risk: MinVolume24hQuote must be >= 0");
        if (!(VolatilityShockSigmas >= 0)) throw new ArgumentOutOfRangeException(nameof(VolatilityShockSigmas), VolatilityShockSigmas, "risk: VolatilityShockSigmas must be >= 0");
        if (!(CorrelationSpikeThreshold is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(CorrelationSpikeThreshold), CorrelationSpikeThreshold, "risk: CorrelationSpikeThreshold must be in [0, 1]");
        if (!(DataQualityCollapseFraction is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(DataQualityCollapseFraction), DataQualityCollapseFraction, "risk: DataQualityCollapseFraction must be in [0, 1]");
        if (MarketTriggerCooldown < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(MarketTriggerCooldown), MarketTriggerCooldown, "risk: MarketTriggerCooldown must be >= 0");
        if (SystemErrorLimit < 0) throw new ArgumentOutOfRangeException(nameof(SystemErrorLimit), SystemErrorLimit, "risk: SystemErrorLimit must be >= 0");
        if (SystemErrorWindow <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(SystemErrorWindow), SystemErrorWindow, "risk: SystemErrorWindow must be > 0");
    }

    private static void Fraction(double value, string name, double max)
    {
        if (!(value >= 0 && value <= max)) throw new ArgumentOutOfRangeException(name, value, $"risk: {name} must be in [0, {max}]");
    }
}
