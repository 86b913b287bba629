using CryptoSmartTrader.Models.Torch;

namespace CryptoSmartTrader.Cli.Tests.Commands.Models;

/// <summary>A fact skipped, with the probe's reason, only when TorchSharp's libtorch cannot load here (the deep models cannot run).</summary>
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
