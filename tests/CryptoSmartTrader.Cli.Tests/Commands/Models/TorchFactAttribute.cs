using CryptoSmartTrader.Models.Torch;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary>A fact skipped, with the loader's reason, only when the libcst_torch shim is absent (the deep models cannot run).</summary>
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
