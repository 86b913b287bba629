namespace CryptoSmartTrader.Bot.Maintenance;

/// <summary>What one lane's retrain did: the stored candidate (if any), both hold-out log losses, and whether it was promoted.</summary>
internal sealed record RetrainResult(string Message, string? Candidate = null, bool Promoted = false, double? CandidateLogLoss = null, double? CurrentLogLoss = null);
