using System.Runtime.InteropServices;
using CryptoSmartTrader.Kernel.Protocol;

namespace CryptoSmartTrader.Kernel;

/// <summary>
/// The project's C# Jupyter kernel (messaging protocol 5.3): binds the sockets of a connection file and serves requests until a
/// shutdown request (with or without restart: on restart Jupyter starts a fresh process). Cells run in the same engine as
/// <c>cst notebook run</c> (<see cref="Research.Notebooks.InteractiveSession"/>).
/// </summary>
public static class JupyterKernel
{
    /// <summary>Runs until shutdown; returns the process exit code (2 when the connection file is unusable, with the reason logged).</summary>
    public static async Task<int> RunAsync(KernelOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = ConnectionInfo.Load(options.ConnectionFile, out var error);
        if (connection is null)
        {
            await options.Log.WriteLineAsync($"[cst kernel] {error}");
            return 2;
        }

        using var sockets = new KernelSockets(connection, options.Log);
        var handler = new RequestHandler(sockets, options);
        sockets.Received = handler.OnReceived;
        // Jupyter interrupts kernels whose spec says interrupt_mode "signal" with SIGINT; treat it like an interrupt_request.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx =>
        {
            ctx.Cancel = true;
            handler.Interrupt();
        });
        sockets.Start();
        handler.PublishStarting();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watcher = WatchParentAsync(options, handler, stop.Token);
        await handler.RunAsync(cancellationToken);
        await stop.CancelAsync();
        await watcher;
        return 0;
    }

    /// <summary>
    /// Jupyter passes its process id in JPY_PARENT_PID; a kernel whose front end died (killed, crashed) stops instead of lingering.
    /// </summary>
    private static async Task WatchParentAsync(KernelOptions options, RequestHandler handler, CancellationToken cancellationToken)
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), out var parent) || parent <= 1) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), options.Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (IsRunning(parent)) continue;
                await options.Log.WriteLineAsync($"[cst kernel] parent process {parent} is gone; shutting down");
                handler.Stop();
                return;
            }
        }
        catch (OperationCanceledException)
        {
            // the kernel is shutting down anyway
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
