using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Kernel;

namespace CryptoSmartTrader.Cli.Commands.Kernel;

/// <summary>
/// <c>cst kernel --connection-file F</c>: the project's C# Jupyter kernel (Jupyter starts it); <c>cst kernel install</c> registers
/// its kernelspec so VS Code, JupyterLab, Notebook and nbclient can start it.
/// </summary>
internal static class KernelCommand
{
    public static Command Create(CliContext context)
    {
        var connectionFile = new Option<string>("--connection-file") { Description = "The connection file Jupyter wrote (ports and key)" };
        var command = new Command("kernel",
            $"The C# Jupyter kernel \"{KernelSpec.DisplayName}\" ({KernelSpec.Name}): runs notebook cells in the same engine as 'cst notebook run', " +
            "with the research library referenced. Jupyter starts it; register it once with 'cst kernel install'.\n\n" +
            "Examples:\n  cst kernel install --user\n  jupyter console --kernel cst-csharp\n  cst kernel --connection-file /tmp/kernel-1.json")
        {
            connectionFile,
        };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(connectionFile);
            if (string.IsNullOrEmpty(file))
            {
                await context.Error.WriteLineAsync("usage error: --connection-file: expected the path of a Jupyter connection file (Jupyter passes it; to register the kernel run 'cst kernel install')");
                return CliApp.UsageError;
            }

            var code = await JupyterKernel.RunAsync(new KernelOptions { ConnectionFile = file, Log = context.Error, Time = context.Time }, ct);
            return code == 0 ? CliApp.Success : CliApp.UsageError;
        });
        command.Add(Install(context));
        return command;
    }

    private static Command Install(CliContext context)
    {
        var user = new Option<bool>("--user") { Description = "Install for the current user (the default): Jupyter's user data folder" };
        var prefix = new Option<string>("--prefix") { Description = "Install under DIR/share/jupyter/kernels (e.g. a virtual environment's prefix)" };
        var command = new Command("install", $"Register the kernelspec '{KernelSpec.Name}' (display name \"{KernelSpec.DisplayName}\") that starts this cst as the kernel.")
        {
            user, prefix,
        };
        command.SetAction(async parse =>
        {
            var dir = parse.GetValue(prefix);
            if (parse.GetValue(user) && !string.IsNullOrEmpty(dir))
            {
                await context.Error.WriteLineAsync("usage error: --user and --prefix: expected at most one of them");
                return CliApp.UsageError;
            }

            var kernels = string.IsNullOrEmpty(dir) ? KernelSpec.UserKernelsDirectory() : Path.Combine(Path.GetFullPath(dir), "share", "jupyter", "kernels");
            var folder = KernelSpec.Install(kernels, KernelSpec.CurrentLauncher());
            await context.Out.WriteLineAsync($"installed kernelspec {KernelSpec.Name} in {folder} (and plotly.js as the nbextension cst-plotly beside it)");
            return CliApp.Success;
        });
        return command;
    }
}
