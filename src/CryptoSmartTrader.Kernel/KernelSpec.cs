using System.Text.Json;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// The Jupyter kernelspec of this kernel (kernel.json): name <see cref="Name"/>, started as
/// <c>&lt;cst&gt; kernel --connection-file {connection_file}</c>, interrupted by message (interrupt_request on control).
/// </summary>
public static class KernelSpec
{
    public const string Name = "cst-csharp";
    public const string DisplayName = "C# (CryptoSmartTrader)";
    public const string Language = "csharp";

    /// <summary>kernel.json for a kernel started by <paramref name="launcher"/> (the cst executable, or dotnet and cst.dll).</summary>
    public static JsonObject Json(IReadOnlyList<string> launcher) => new()
    {
        ["argv"] = new JsonArray([.. launcher.Concat(["kernel", "--connection-file", "{connection_file}"]).Select(a => (JsonNode?)a)]),
        ["display_name"] = DisplayName,
        ["language"] = Language,
        ["interrupt_mode"] = "message",
        ["env"] = new JsonObject { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>The per-user kernels folder Jupyter searches (JUPYTER_DATA_DIR, else the platform's data dir).</summary>
    public static string UserKernelsDirectory()
    {
        var data = Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR");
        if (string.IsNullOrEmpty(data))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            data = OperatingSystem.IsWindows() ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter")
                : OperatingSystem.IsMacOS() ? Path.Combine(home, "Library", "Jupyter")
                : Path.Combine(Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".local", "share"), "jupyter");
        }

        return Path.Combine(data, "kernels");
    }

    /// <summary>
    /// Writes &lt;data&gt;/kernels/cst-csharp/kernel.json (replacing an older one) and plotly.js as the nbextension that charts'
    /// HTML fallback loads (&lt;data&gt;/nbextensions/cst-plotly); returns the kernelspec folder.
    /// </summary>
    public static string Install(string kernelsDirectory, IReadOnlyList<string> launcher)
    {
        var folder = Path.Combine(kernelsDirectory, Name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "kernel.json"), Json(launcher).ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        MimeBundles.InstallNbextension(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(kernelsDirectory))!, "nbextensions"));
        return folder;
    }

    /// <summary>How to start the running program again: the apphost itself, or the dotnet host and the entry assembly.</summary>
    public static IReadOnlyList<string> CurrentLauncher()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var entry = System.Reflection.Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry) ? [process, entry] : [process];
    }
}
