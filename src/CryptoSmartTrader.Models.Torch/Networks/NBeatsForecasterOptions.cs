namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>Settings for a univariate N-BEATS forecaster; the interpretable default is one trend and one seasonality stack.</summary>
public sealed record NBeatsForecasterOptions
{
    public int Lookback { get; init; } = 24;
    public int Horizon { get; init; } = 6;
    public IReadOnlyList<NBeatsStack> Stacks { get; init; } = [NBeatsStack.Trend, NBeatsStack.Seasonality];
    public int BlocksPerStack { get; init; } = 1;
    public int Width { get; init; } = 64;
    public int Layers { get; init; } = 2;
    public int TrendDegree { get; init; } = 2;
    public int Harmonics { get; init; } = 4;
    public int Epochs { get; init; } = 200;
    public double LearningRate { get; init; } = 2e-3;
    public ulong Seed { get; init; } = 7;
}
