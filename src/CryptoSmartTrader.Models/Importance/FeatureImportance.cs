namespace CryptoSmartTrader.Models.Importance;

/// <summary>
/// One feature's importance. <see cref="StdDev"/> is the spread over permutation repeats (0 for tree scores).
/// Lists are sorted by <see cref="Score"/>, highest first.
/// </summary>
public readonly record struct FeatureImportance(string Feature, double Score, double StdDev = 0);
