using TorchSharp;
using static TorchSharp.torch;

namespace CryptoSmartTrader.Models.Torch.Tensors;

/// <summary>Values cross between the predictors (double arrays) and the networks (float32 tensors on a device).</summary>
internal static class TensorData
{
    public static Device Of(TorchDevice device) => device == TorchDevice.Cuda ? CUDA : CPU;

    public static Tensor Float32(double[] values, long[] shape, Device device) =>
        tensor(Array.ConvertAll(values, v => (float)v), shape, ScalarType.Float32, device);

    public static double[] Read(Tensor t)
    {
        using var cpu = t.detach().cpu().to_type(ScalarType.Float64);
        return cpu.data<double>().ToArray();
    }
}
