namespace CryptoSmartTrader.Models.Torch.Networks;

/// <summary>One N-BEATS stack: generic (learned bases) or interpretable trend (polynomial) / seasonality (Fourier) bases.</summary>
public enum NBeatsStack
{
    Generic,
    Trend,
    Seasonality,
}
