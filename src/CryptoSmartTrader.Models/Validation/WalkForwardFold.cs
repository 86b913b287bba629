namespace CryptoSmartTrader.Models.Validation;

/// <summary>One split: row indices to train on and to test on, and the test block's time range [start, end).</summary>
public sealed record WalkForwardFold(int Index, int[] Train, int[] Test, long TestStartMs, long TestEndMs);
