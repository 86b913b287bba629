using CryptoSmartTrader.Build;
using TorchSharp;

namespace CryptoSmartTrader.Models.Torch;

/// <summary>Process-wide TorchSharp controls: availability, seeds and threads.</summary>
public static class TorchRuntime
{
    private const string Glue = "libLibTorchSharp.so";
    private static readonly Lazy<TorchAvailability> Probe = new(ProbeNow);

    public static TorchAvailability Availability => Probe.Value;

    /// <summary>Seeds libtorch's generators (weights, dropout) so CPU training repeats exactly.</summary>
    public static void ManualSeed(ulong seed)
    {
        EnsureAvailable();
        torch.manual_seed(unchecked((long)seed));
    }

    public static void SetThreads(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        EnsureAvailable();
        torch.set_num_threads(threads);
    }

    internal static void EnsureAvailable()
    {
        if (!Availability.IsAvailable)
        {
            throw new InvalidOperationException($"libtorch unavailable: {Availability.Detail}");
        }
    }

    /// <summary>The TorchSharp native glue in the build output, or null off Linux or when the build put it elsewhere.</summary>
    internal static string? GlueLibrary()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return new[] { Path.Combine(AppContext.BaseDirectory, Glue), Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", Glue) }
            .FirstOrDefault(File.Exists);
    }

    private static TorchAvailability ProbeNow()
    {
        // An unmet libstdc++ version makes TorchSharp's first call abort the process, not throw: check before calling.
        if (GlueLibrary() is { } glue && ElfVersions.SystemLibStdCxx() is { } libStdCxx
            && ElfVersions.MissingLibStdCxxVersions(glue, libStdCxx) is { } missing)
        {
            return new TorchAvailability(false, false,
                $"{missing}; the build step eng/LibTorchSharpGlibcxx.targets marks it weak in the build output: rebuild this project");
        }

        try
        {
            var cuda = torch.cuda.is_available();
            return new TorchAvailability(true, cuda, $"TorchSharp with libtorch {torch.__version__}, {(cuda ? "CUDA available" : "CPU only")}");
        }
        catch (Exception e) when (e is TypeInitializationException or NotSupportedException or DllNotFoundException or EntryPointNotFoundException)
        {
            return new TorchAvailability(false, false, (e.InnerException ?? e).Message);
        }
    }
}
