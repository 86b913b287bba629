using CryptoSmartTrader.Models.Torch.Native;

namespace CryptoSmartTrader.Models.Torch;

/// <summary>Process-wide libtorch controls: availability, seeds, threads, and the shim's live-object count.</summary>
public static class TorchRuntime
{
    private static readonly Lazy<TorchAvailability> Probe = new(ProbeNow);

    public static TorchAvailability Availability => Probe.Value;

    /// <summary>Seeds libtorch's generators (weights, dropout) so CPU training repeats exactly.</summary>
    public static void ManualSeed(ulong seed)
    {
        EnsureAvailable();
        TorchNative.Check(TorchNative.cst_manual_seed(seed), "manual_seed");
    }

    public static void SetThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        EnsureAvailable();
        TorchNative.Check(TorchNative.cst_set_threads(threads), "set_num_threads");
    }

    /// <summary>Shim objects (tensors, models, layers, optimizers) alive now; flat across iterations means no leak.</summary>
    public static long LiveObjects()
    {
        EnsureAvailable();
        TorchNative.Check(TorchNative.cst_live_objects(out var n), "live_objects");
        return n;
    }

    internal static void EnsureAvailable()
    {
        if (!Availability.IsAvailable)
        {
            throw new TorchException($"libtorch unavailable: {Availability.Detail}");
        }
    }

    internal static void SetGradEnabled(bool enabled) =>
        TorchNative.Check(TorchNative.cst_set_grad_enabled(enabled ? 1 : 0), "set_grad_enabled");

    private static TorchAvailability ProbeNow()
    {
        if (!TorchLibrary.TryLoad(out var reason))
        {
            return new TorchAvailability(false, false, reason);
        }

        try
        {
            TorchNative.Check(TorchNative.cst_version(out var abi), "version");
            TorchNative.Check(TorchNative.cst_cuda_available(out var cuda), "cuda_available");
            return abi == 1 ? new TorchAvailability(true, cuda != 0, reason) : new TorchAvailability(false, false, $"shim ABI {abi}, expected 1");
        }
        catch (Exception e) when (e is TorchException or DllNotFoundException or EntryPointNotFoundException)
        {
            return new TorchAvailability(false, false, e.Message);
        }
    }
}
