using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Commands.Strategies;

/// <summary>
/// <c>cst strategies promote|list|show|retire</c>: the strategy package store (<see cref="PackageStore"/>, default
/// data/strategies). One package is promoted at a time; the bot runs it with <c>--strategy promoted</c>.
/// </summary>
internal static class StrategiesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("strategies",
            "The strategy package store: promote a package (as cst backtest writes it) for the bot, list, show and retire them.\n\n" +
            "Examples:\n  cst backtest --symbols BTC/USDT --from 2024-01-01 --to 2024-06-01 --stop-loss 2 --slippage sqrt --latency 250ms --out runs/sma\n" +
            "  cst strategies promote runs/sma/package.json\n  cst strategies list\n  cst strategies show promoted\n  cst strategies retire sma-cross-20-50@v1");
        command.Add(Promote(context));
        command.Add(List(context));
        command.Add(Show(context));
        command.Add(Retire(context));
        return command;
    }

    private static Option<string> StoreOption() => new("--store")
    {
        Description = $"Package store folder (default {PackageStore.DefaultRoot})",
        DefaultValueFactory = _ => PackageStore.DefaultRoot,
    };

    private static Argument<string> Reference(string description) => new("package") { Description = description };

    private static Command Promote(CliContext context)
    {
        var package = Reference("A package file (e.g. runs/sma/package.json), NAME or NAME@vN of the store");
        var name = new Option<string?>("--name") { Description = "Store a package file under this name instead of its own" };
        var store = StoreOption();
        var json = CommonOptions.Json();
        var command = new Command("promote", "Store a package (when given a file) and promote it; the previously promoted one goes back to stored") { package, name, store, json };
        command.SetAction(async (parse, _) =>
        {
            var s = new PackageStore(parse.GetValue(store)!, context.Time);
            var reference = parse.GetValue(package)!;
            if (parse.GetValue(name) is { } rename)
            {
                var loaded = StrategyPackageJson.Load(reference);
                if (!loaded.Ok) throw new CliFailureException(loaded.Error);
                loaded.Value!.Name = rename;
                var added = s.Add(loaded.Value);
                if (!added.Ok) throw new CliFailureException(added.Error);
                reference = added.Value!.Reference;
            }

            var result = s.Promote(reference);
            if (!result.Ok) throw new CliFailureException(result.Error);
            await WriteEntryAsync(context, result.Value!, parse.GetValue(json), $"promoted {result.Value!.Reference} in {s.Root}; the bot runs it with --strategy promoted");
            return CliApp.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var store = StoreOption();
        var json = CommonOptions.Json();
        var command = new Command("list", "List stored packages and their state") { store, json };
        command.SetAction(async (parse, _) =>
        {
            var s = new PackageStore(parse.GetValue(store)!, context.Time);
            var entries = s.List();
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, entries);
                return CliApp.Success;
            }

            if (entries.Count == 0) await context.Out.WriteLineAsync($"no packages in {s.Root}");
            foreach (var e in entries)
            {
                var p = s.Read(e);
                var what = p.Ok ? $"{p.Value!.Alpha.Kind} {p.Value.Universe.Exchange} {p.Value.Universe.Timeframe} {string.Join(",", p.Value.Universe.Symbols)}" : p.Error;
                await context.Out.WriteLineAsync($"{e.Reference,-32}{e.State.ToString().ToLowerInvariant(),-10}{e.StoredAt:yyyy-MM-dd HH:mm}  {what}");
            }

            return CliApp.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var package = Reference("promoted, NAME, NAME@vN or a package file");
        var store = StoreOption();
        var command = new Command("show", "Print a package (JSON); retired versions included") { package, store };
        command.SetAction(async (parse, _) =>
        {
            var reference = parse.GetValue(package)!;
            PackageResult<StrategyPackage> loaded;
            if (File.Exists(reference))
            {
                loaded = StrategyPackageJson.Load(reference);
            }
            else
            {
                var s = new PackageStore(parse.GetValue(store)!, context.Time);
                var found = s.Find(reference, includeRetired: true);
                loaded = found.Ok ? s.Read(found.Value!) : PackageResult<StrategyPackage>.Fail(found.Errors);
            }

            if (!loaded.Ok) throw new CliFailureException(loaded.Error);
            await context.Out.WriteLineAsync(StrategyPackageJson.Serialize(loaded.Value!));
            return CliApp.Success;
        });
        return command;
    }

    private static Command Retire(CliContext context)
    {
        var package = Reference("promoted, NAME (its newest version) or NAME@vN");
        var store = StoreOption();
        var json = CommonOptions.Json();
        var command = new Command("retire", "Retire a package version: it can no longer be run") { package, store, json };
        command.SetAction(async (parse, _) =>
        {
            var s = new PackageStore(parse.GetValue(store)!, context.Time);
            var result = s.Retire(parse.GetValue(package)!);
            if (!result.Ok) throw new CliFailureException(result.Error);
            await WriteEntryAsync(context, result.Value!, parse.GetValue(json), $"retired {result.Value!.Reference}");
            return CliApp.Success;
        });
        return command;
    }

    private static Task WriteEntryAsync(CliContext context, PackageEntry entry, bool json, string text) =>
        json ? JsonOutput.WriteAsync(context.Out, entry) : context.Out.WriteLineAsync(text);
}
