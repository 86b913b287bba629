using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace CryptoSmartTrader.Research.Notebooks;

/// <summary>
/// Lets Plotly.NET and Deedle (built against FSharp.Core 10.1) load in a host that already holds an older FSharp.Core 10.x,
/// such as the deprecated .NET Interactive tool (it ships 10.0 and its loader refuses the newer reference). The handler
/// fires only when the normal bind has failed, so the project's own kernel, the CLI and the bot (which deploy 10.1) never
/// reach it; it answers only with an FSharp.Core of the same major version that the process has loaded already.
/// </summary>
internal static class FSharpCoreFallback
{
    // A library cannot ask the notebook host to call it first; the module initializer runs before any Deedle or Plotly.NET call.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Loaded into hosts the project does not control (.NET Interactive).")]
    internal static void Register() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

    internal static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var wanted = new AssemblyName(args.Name);
        if (!string.Equals(wanted.Name, "FSharp.Core", StringComparison.Ordinal) || wanted.Version is null)
        {
            return null;
        }

        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName() is { Name: "FSharp.Core", Version: { } v } && v.Major == wanted.Version.Major && v < wanted.Version)
            .OrderByDescending(a => a.GetName().Version)
            .FirstOrDefault();
    }
}
