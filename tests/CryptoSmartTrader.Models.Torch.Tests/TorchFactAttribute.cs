namespace CryptoSmartTrader.Models.Torch.Tests;

/// <summary>A fact that is skipped, with the loader's reason, only when the libcst_torch shim is absent.</summary>
public sealed class TorchFactAttribute : FactAttribute
{
    public TorchFactAttribute()
    {
        var availability = TorchRuntime.Availability;
        if (!availability.IsAvailable)
        {
            Skip = $"libtorch shim not built: {availability.Detail}";
        }
    }
}
