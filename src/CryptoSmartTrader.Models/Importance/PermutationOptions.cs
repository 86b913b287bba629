namespace CryptoSmartTrader.Models.Importance;

/// <summary>Permutation importance settings: repeats per column and the seed of the shuffles.</summary>
public sealed record PermutationOptions
{
    public int Repeats { get; init; } = 3;
    public int Seed { get; init; } = 1;
}
