using TorchSharp;
using static TorchSharp.torch.nn;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>A network's parameters as bytes (TorchSharp's own format): the best epoch in memory, saved models in JSON.</summary>
internal static class ModuleState
{
    public static byte[] Save(Module module)
    {
        using var stream = new MemoryStream();
        module.save(stream);
        return stream.ToArray();
    }

    public static void Load(Module module, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        module.load(stream);
    }
}
