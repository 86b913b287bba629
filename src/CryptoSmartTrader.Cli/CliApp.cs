using System.CommandLine;
using CryptoSmartTrader.Cli.Commands;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli;

/// <summary>
/// The <c>cst</c> command. Exit codes: 0 success, 1 failure (one-line reason on stderr), 2 usage error.
/// Results go to stdout (<c>--json</c> for machines); progress and logs go to stderr.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;

    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "CryptoSmartTrader: market data, features, models, backtests and the trading bot.\n\n" +
            "Examples:\n  cst doctor\n  cst data import --source ../shared/datasets/candles/binance_spot_1h\n  cst data verify --json");

        // Stored deep models (lstm, transformer, nbeats) reload by kind in evaluate, predict, models and backtests; registering
        // only records loaders — libtorch itself is loaded on first use, so machines without it are unaffected.
        CryptoSmartTrader.Models.Torch.Predictors.TorchPredictors.RegisterLoaders();

        // Recursive: every command accepts --verbose; RunAsync reads it back by name.
        root.Add(CliErrors.Verbose());

        // Each command group lives in its own folder under Commands/ and registers itself here.
        root.Add(DoctorCommand.Create(context));
        foreach (var group in CommandGroups.All(context))
        {
            root.Add(group);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(stdout, stderr, time);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"usage error: {error.Message}");
            }

            await stderr.WriteLineAsync("run with --help for usage and examples");
            return UsageError;
        }

        try
        {
            // Our own handlers below map exceptions to exit codes 1 and 2; the library default would turn all of them into 1.
            var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, cancellationToken);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"usage error: {ex.Message}");
            return UsageError;
        }
        catch (CliFailureException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Failure;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: cancelled");
            return Failure;
        }
        catch (Exception ex)
        {
            // Read-only or full disks, locked stores, missing permissions: one line naming the path, never a stack trace
            // (it would bury the path); --verbose shows it for bug reports.
            await stderr.WriteLineAsync($"error: {CliErrors.Describe(ex, parse)}");
            if (parse.GetValue<bool>("--verbose"))
            {
                await stderr.WriteLineAsync(ex.ToString());
            }

            return Failure;
        }
    }
}
