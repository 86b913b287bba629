using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>
/// Maps the CLI's expected exceptions to exit codes inside the action. System.CommandLine's default exception handler
/// would otherwise catch them first (exit 1 with a stack trace) before <see cref="CliApp.RunAsync"/> sees them.
/// </summary>
internal static class ExchangeCommandGuard
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
