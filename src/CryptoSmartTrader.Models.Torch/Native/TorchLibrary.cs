using System.Reflection;
using System.Runtime.InteropServices;

namespace CryptoSmartTrader.Models.Torch.Native;

/// <summary>
/// Finds libcst_torch.so: <c>CST_TORCH_LIB</c>, next to the assembly (the build copies it there), then the shim's build
/// folder in the source tree (<c>src/CryptoSmartTrader.Models.Torch/native/build</c>) above the running binaries.
/// </summary>
internal static class TorchLibrary
{
    private const string FileName = "libcst_torch.so";
    private static readonly Lazy<(nint Handle, string Reason)> Loaded = new(Load);

    internal static bool TryLoad(out string reason)
    {
        reason = Loaded.Value.Reason;
        return Loaded.Value.Handle != 0;
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path) =>
        name == TorchNative.Library ? Loaded.Value.Handle : 0;

    private static (nint, string) Load()
    {
        // Registered here, once, because every P/Invoke path first asks TorchRuntime whether the library loaded.
        NativeLibrary.SetDllImportResolver(typeof(TorchLibrary).Assembly, Resolve);
        var tried = new List<string>();
        foreach (var candidate in Candidates())
        {
            tried.Add(candidate);
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
            {
                return (handle, $"loaded {candidate}");
            }
        }

        return (0, $"libcst_torch.so not found or not loadable (tried {string.Join(", ", tried)}); build it with .devcontainer/bootstrap.d/torch-shim.sh after installing libtorch-dev");
    }

    private static IEnumerable<string> Candidates()
    {
        var env = Environment.GetEnvironmentVariable("CST_TORCH_LIB");
        if (!string.IsNullOrWhiteSpace(env))
        {
            yield return env;
        }

        yield return Path.Combine(AppContext.BaseDirectory, FileName);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var inTree = Path.Combine(dir.FullName, "src", "CryptoSmartTrader.Models.Torch", "native", "build", FileName);
            if (File.Exists(inTree))
            {
                yield return inTree;
                yield break;
            }
        }
    }
}
