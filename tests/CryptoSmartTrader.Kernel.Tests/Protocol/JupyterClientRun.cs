using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CryptoSmartTrader.Kernel.Tests.Protocol;

/// <summary>
/// Runs jupyter/protocol_checks.py once for the test class: Jupyter's own client (Debian jupyter-client, /usr/bin/python3) starts
/// this build's kernel from a kernelspec written by <c>cst kernel install --prefix</c> and records one verdict per behaviour.
/// </summary>
public sealed class JupyterClientRun : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "cst-kernel-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public JupyterClientRun()
    {
        Directory.CreateDirectory(_dir);
        var cst = Path.Combine(AppContext.BaseDirectory, "cst.dll");
        Exec("dotnet", [cst, "kernel", "install", "--prefix", _dir], out _);
        var output = Path.Combine(_dir, "results.json");
        var script = Path.Combine(AppContext.BaseDirectory, "jupyter", "protocol_checks.py");
        Exec("/usr/bin/python3", [script, _dir, output], out var log);
        Log = log;
        Results = File.Exists(output) ? JsonNode.Parse(File.ReadAllText(output))!.AsObject() : [];
    }

    public JsonObject Results { get; }

    public string Log { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // a kernel that is still shutting down may hold a file for a moment; the temp folder is harmless
        }
    }

    private static void Exec(string file, string[] args, out string output)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        output = process.StandardOutput.ReadToEnd() + stderr.GetAwaiter().GetResult();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish: {output}");
        }
    }
}
