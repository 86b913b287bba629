namespace CryptoSmartTrader.Models.Torch.Tests;

/// <summary>A fact that is skipped, with the probe's reason, only when TorchSharp's libtorch cannot load here.</summary>
public sealed class TorchFactAttribute : FactAttribute
{
    public TorchFactAttribute()
    {
        var availability = TorchRuntime.Availability;
        if (!availability.IsAvailable)
        {
            Skip = $"TorchSharp unavailable: {availability.Detail}";
        }
    }
}
