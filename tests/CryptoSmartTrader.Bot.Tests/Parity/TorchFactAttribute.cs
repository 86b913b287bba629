using CryptoSmartTrader.Models.Torch;

namespace CryptoSmartTrader.Bot.Tests.Parity;

/// <summary>A fact that is skipped, with the loader's reason, only when libtorch or the libcst_torch shim is absent.</summary>
public sealed class TorchFactAttribute : FactAttribute
{
    public TorchFactAttribute()
    {
        var availability = TorchRuntime.Availability;
        if (!availability.IsAvailable) Skip = $"deep models need libtorch and the libcst_torch shim: {availability.Detail}";
    }
}
