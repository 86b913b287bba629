using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Data.Datasets;

namespace CryptoSmartTrader.Cli.Commands;

/// <summary><c>cst doctor</c>: reports what this machine has and lacks for each capability, with the command that fixes it.</summary>
internal static class DoctorCommand
{
    private sealed record Check(string Name, bool Ok, string Detail, string? Fix);

    public static Command Create(CliContext context)
    {
        var json = CommonOptions.Json();
        var command = new Command("doctor", "Check the environment: datasets, native libraries, browser, database server.\n\nExample:\n  cst doctor --json")
        {
            json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var checks = Run();
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, checks);
            }
            else
            {
                foreach (var c in checks)
                {
                    await context.Out.WriteLineAsync($"{(c.Ok ? "ok  " : "MISS")} {c.Name,-12} {c.Detail}{(c.Ok || c.Fix is null ? "" : $"  (fix: {c.Fix})")}");
                }
            }

            return CliApp.Success;
        });
        return command;
    }

    private static List<Check> Run()
    {
        var datasets = DatasetLocator.Find();
        return
        [
            new("dotnet", true, Environment.Version.ToString(), null),
            new("datasets", datasets is not null, datasets ?? $"none found (searched {string.Join(", ", DatasetLocator.Candidates())})",
                $"run {DatasetLocator.FetchCommand} (needs network) or set {DatasetLocator.EnvironmentVariable} to a dataset folder"),
            FileCheck("xgboost", ["/usr/lib/x86_64-linux-gnu/libxgboost.so.0", "/usr/lib/aarch64-linux-gnu/libxgboost.so.0"], "apt-get install -y libxgboost0 libxgboost-dev"),
            FileCheck("chromium", ["/usr/bin/chromium"], "apt-get install -y chromium"),
            FileCheck("postgresql", ["/usr/lib/postgresql/15/bin/pg_ctl"], "apt-get install -y postgresql"),
            FileCheck("libtorch", ["/usr/lib/x86_64-linux-gnu/libtorch.so", "/usr/lib/x86_64-linux-gnu/libtorch_cpu.so"], "apt-get install -y libtorch-dev"),
        ];
    }

    private static Check FileCheck(string name, string[] paths, string fix)
    {
        var found = paths.FirstOrDefault(File.Exists);
        return new Check(name, found is not null, found ?? "not found", fix);
    }
}
