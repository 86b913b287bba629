namespace CryptoSmartTrader.Models.Torch.Predictors;

/// <summary>How training ended: epochs run, the epoch whose parameters were kept, and its validation loss.</summary>
public readonly record struct TrainingOutcome(int EpochsRun, int BestEpoch, double BestValidationLoss);
