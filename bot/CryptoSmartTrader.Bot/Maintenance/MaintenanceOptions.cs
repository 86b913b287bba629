namespace CryptoSmartTrader.Bot.Maintenance;

/// <summary>Drift checks and retraining of the promoted models the bot trades (section <c>Bot:Maintenance</c>).</summary>
public sealed class MaintenanceOptions
{
    public const string Section = "Bot:Maintenance";

    /// <summary>Retrain every model lane when the retrain job fires, not only those whose latest drift advice says so.</summary>
    public bool RetrainOnSchedule { get; set; }

    /// <summary>The most recent days of the bot's bars, kept out of training and used to compare candidate and current model.</summary>
    public double HoldoutDays { get; set; } = 30;

    /// <summary>Training bars before the hold-out: 0 takes every closed bar the bot has; N takes only the last N days.</summary>
    public double TrainingDays { get; set; }

    /// <summary>Fewest closed bars before the hold-out (and its one-horizon gap) that a retrain accepts.</summary>
    public int MinTrainingBars { get; set; } = 500;

    /// <summary>Fewest hold-out samples with a realised label that a comparison accepts.</summary>
    public int MinHoldoutSamples { get; set; } = 100;

    /// <summary>
    /// Also require the candidate's hold-out log loss to beat a coin flip (ln 2) before it replaces the current model, so
    /// a bad model is never swapped for another bad one just because it is less bad.
    /// </summary>
    public bool PromoteOnlyBelowCoinFlip { get; set; } = true;

    /// <summary>How many of the latest bars the drift check compares with the model's training window.</summary>
    public int DriftRecentBars { get; set; } = 720;

    internal IEnumerable<string> Validate()
    {
        if (!(HoldoutDays > 0)) yield return $"{Section}:HoldoutDays must be positive, got {HoldoutDays}";
        if (!(TrainingDays >= 0)) yield return $"{Section}:TrainingDays must be 0 (all bars) or positive, got {TrainingDays}";
        if (MinTrainingBars < 1) yield return $"{Section}:MinTrainingBars must be at least 1, got {MinTrainingBars}";
        if (MinHoldoutSamples < 1) yield return $"{Section}:MinHoldoutSamples must be at least 1, got {MinHoldoutSamples}";
        if (DriftRecentBars < 10) yield return $"{Section}:DriftRecentBars must be at least 10, got {DriftRecentBars}";
    }
}
