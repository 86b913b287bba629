using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Models.Torch.Native;

/// <summary>Owns one shim object; the finalizer-safe release is the only path that frees it.</summary>
internal abstract class NativeHandle : SafeHandle
{
    protected NativeHandle(nint handle)
        : base(0, ownsHandle: true) => SetHandle(handle);

    public override bool IsInvalid => handle == 0;
}

internal sealed class TensorHandle(nint handle) : NativeHandle(handle)
{
    protected override bool ReleaseHandle() => TorchNative.cst_tensor_free(handle) == 0;
}

internal sealed class ModelHandle(nint handle) : NativeHandle(handle)
{
    protected override bool ReleaseHandle() => TorchNative.cst_model_free(handle) == 0;
}

internal sealed class LayerHandle(nint handle) : NativeHandle(handle)
{
    protected override bool ReleaseHandle() => TorchNative.cst_module_free(handle) == 0;
}

internal sealed class OptimizerHandle(nint handle) : NativeHandle(handle)
{
    protected override bool ReleaseHandle() => TorchNative.cst_optimizer_free(handle) == 0;
}
