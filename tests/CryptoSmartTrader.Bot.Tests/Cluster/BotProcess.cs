using System.Diagnostics;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>A bot node in its own process, so the test can kill it the hard way (SIGKILL) like a crash.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process) => _process = process;

    /// <summary>True once the node has printed its start-up line (host and scheduler are running).</summary>
    public bool Started
    {
        get
        {
            lock (_output)
            {
                return _output.Any(l => l.Contains("status page at", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The status page's address once the node has printed it (null before).</summary>
    public Uri? Url
    {
        get
        {
            lock (_output)
            {
                var line = _output.FirstOrDefault(l => l.Contains("status page at ", StringComparison.Ordinal));
                return line is null ? null : new Uri(line[(line.IndexOf("status page at ", StringComparison.Ordinal) + 15)..].Trim());
            }
        }
    }

    public static BotProcess Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CryptoSmartTrader.Bot.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = Process.Start(psi)!;
        var bot = new BotProcess(p);
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (bot._output) bot._output.Add(e.Data); };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return bot;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Runs a bot process that is expected to refuse to start, to its exit: exit code, standard output and error.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunToExitAsync(TimeSpan limit, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CryptoSmartTrader.Bot.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(limit);
        try
        {
            await p.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"the bot was still running after {limit}: it did not refuse to start");
        }

        return (p.ExitCode, await stdout, await stderr);
    }

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
