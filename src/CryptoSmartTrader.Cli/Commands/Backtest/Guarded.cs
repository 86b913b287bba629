using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// Maps the CLI's expected failures to exit codes inside the action (usage 2, failure 1, one line on stderr), so the
/// backtest and analyze commands keep the convention even where System.CommandLine's default exception handler would
/// otherwise catch them first and print a stack trace.
/// </summary>
internal static class Guarded
{
    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (CliUsageException ex)
        {
            await context.Error.WriteLineAsync($"usage error: {ex.Message}");
            return CliApp.UsageError;
        }
        catch (CliFailureException ex)
        {
            await context.Error.WriteLineAsync($"error: {ex.Message}");
            return CliApp.Failure;
        }
    }
}
