using System.Diagnostics;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>A bot node in its own process, so the test can kill it the hard way (SIGKILL) like a crash.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process) => _process = process;

    public static BotProcess Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CryptoSmartTrader.Bot.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return new BotProcess(p);
    }

    public bool HasExited => _process.HasExited;

    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true); // SIGKILL: no graceful scheduler shutdown, its locks are left behind
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
