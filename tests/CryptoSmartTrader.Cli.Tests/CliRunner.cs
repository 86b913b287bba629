using CryptoSmartTrader.TestKit.Time;

namespace CryptoSmartTrader.Cli.Tests;

/// <summary>Runs the real <c>cst</c> entry point in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, new ManualTimeProvider());
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
