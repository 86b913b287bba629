using System.CommandLine;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Data.Datasets;
using CryptoSmartTrader.Data.Exchanges;

namespace CryptoSmartTrader.Cli.Commands.Data;

/// <summary>
/// <c>cst data fetch-datasets</c>: rebuilds the re-downloadable datasets of <c>datasets/manifest.json</c> from the exchanges'
/// public endpoints into the shared layout and checks every file against the manifest's fingerprint. Also verifies a
/// folder against the manifest (<c>--check</c>) and rewrites the manifest's file entries from a reference copy.
/// </summary>
internal static class FetchDatasetsCommand
{
    public static Command Create(CliContext context)
    {
        var into = new Option<string>("--into") { Description = "Dataset folder to write (default: datasets/ beside the manifest)" };
        var manifestPath = new Option<string?>("--manifest") { Description = "The manifest (default: datasets/manifest.json in this or a parent folder)" };
        var only = new Option<string?>("--only") { Description = "Comma-separated dataset ids or file paths (default: every dataset marked fetch)" };
        var reference = new Option<string?>("--reference") { Description = "An existing copy; when a fingerprint differs, the error names the exact first differing bar" };
        var binanceUrl = new Option<string?>("--binance-url") { Description = "Override Binance's REST base URL (mirrors, tests)" };
        var krakenUrl = new Option<string?>("--kraken-url") { Description = "Override Kraken's REST base URL (mirrors, tests)" };
        var check = new Option<bool>("--check") { Description = "Download nothing: verify the folder against the manifest (every listed file of the selected datasets)" };
        var describe = new Option<string?>("--update-manifest-from") { Description = "Maintainers: recompute every file entry of the manifest from this reference copy and rewrite it" };
        var json = CommonOptions.Json();
        var command = new Command("fetch-datasets",
            "Download the re-downloadable datasets listed in datasets/manifest.json (Binance public klines, rate-limited, resumable) into the shared\n" +
            "layout and check each file against the manifest's fingerprint. Datasets that cannot be re-downloaded are listed with where to get them.\n" +
            "Needs network access to the exchanges. Exit 1 when any file failed or differs.\n\nExamples:\n" +
            "  cst data fetch-datasets                       # into datasets/\n" +
            "  cst data fetch-datasets --into /data/cst --only binance_spot_1d\n" +
            "  cst data fetch-datasets --check --into ../shared/datasets")
        {
            into, manifestPath, only, reference, binanceUrl, krakenUrl, check, describe, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            var manifestFile = parse.GetValue(manifestPath) ?? FindManifest()
                ?? throw new CliUsageException($"--manifest: no datasets/{DatasetManifest.FileName} in {Directory.GetCurrentDirectory()} or above; pass --manifest PATH");
            if (!File.Exists(manifestFile))
            {
                throw new CliUsageException($"--manifest: no such file: {Path.GetFullPath(manifestFile)}");
            }

            DatasetManifest manifest;
            try
            {
                manifest = DatasetManifest.Load(manifestFile);
            }
            catch (InvalidDataException ex)
            {
                throw new CliFailureException(ex.Message);
            }

            if (parse.GetValue(describe) is { } source)
            {
                return await UpdateManifestAsync(context, manifest, manifestFile, source);
            }

            var folder = Path.GetFullPath(parse.GetValue(into) ?? Path.GetDirectoryName(Path.GetFullPath(manifestFile))!);
            var select = Selector(manifest, parse.GetValue(only), parse.GetValue(check));
            if (parse.GetValue(check))
            {
                return await CheckAsync(context, manifest, folder, select, parse.GetValue(json));
            }

            var urls = new Dictionary<Exchange, string?> { [Exchange.Binance] = parse.GetValue(binanceUrl), [Exchange.Kraken] = parse.GetValue(krakenUrl) };
            var clients = new Dictionary<Exchange, IMarketDataClient>();
            var fetcher = new DatasetFetcher(manifest, new DatasetFetchOptions
            {
                Into = folder,
                Clients = e => clients.TryGetValue(e, out var c) ? c : clients[e] = ExchangeCliSupport.CreateClient(e, urls.GetValueOrDefault(e), context.Time),
                Select = select,
                Reference = parse.GetValue(reference),
                Log = line => context.Error.WriteLine($"[fetch-datasets] {line}"),
            });
            var outcomes = await fetcher.RunAsync(ct);
            var notFetched = manifest.Datasets.Where(d => d.Decision != DatasetDecision.Fetch).ToList();
            if (parse.GetValue(json))
            {
                await JsonOutput.WriteAsync(context.Out, new
                {
                    into = folder,
                    files = outcomes.Select(o => new { dataset = o.Dataset, path = o.Path, status = o.Status.ToString().ToLowerInvariant(), requests = o.Requests, message = o.Message }),
                    notFetched = notFetched.Select(d => new { dataset = d.Id, decision = d.Decision.ToString().ToLowerInvariant(), howToGet = d.HowToGet }),
                });
            }
            else
            {
                var counts = outcomes.GroupBy(o => o.Status).ToDictionary(g => g.Key, g => g.Count());
                await context.Out.WriteLineAsync(
                    $"{folder}: {counts.GetValueOrDefault(DatasetFileStatus.Fetched)} fetched, {counts.GetValueOrDefault(DatasetFileStatus.Present)} already present, " +
                    $"{counts.GetValueOrDefault(DatasetFileStatus.Failed)} failed");
                foreach (var o in outcomes.Where(o => o.Status == DatasetFileStatus.Failed))
                {
                    await context.Out.WriteLineAsync($"  FAILED {o.Message}");
                }

                foreach (var d in notFetched)
                {
                    await context.Out.WriteLineAsync($"  not fetched: {d.Id} ({d.Decision.ToString().ToLowerInvariant()}): {d.HowToGet}");
                }
            }

            return outcomes.Any(o => o.Status == DatasetFileStatus.Failed)
                ? throw new CliFailureException($"{outcomes.Count(o => o.Status == DatasetFileStatus.Failed)} dataset file(s) failed; see above")
                : CliApp.Success;
        });
        return command;
    }

    private static Func<DatasetEntry, bool> Selector(DatasetManifest manifest, string? only, bool check)
    {
        if (string.IsNullOrWhiteSpace(only))
        {
            return check ? _ => true : d => d.Decision == DatasetDecision.Fetch;
        }

        var wanted = only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = wanted.Where(w => manifest.Datasets.All(d => d.Id != w)).ToList();
        return unknown.Count == 0
            ? d => wanted.Contains(d.Id)
            : throw new CliUsageException($"--only: unknown dataset id(s) {string.Join(", ", unknown)}; expected some of {string.Join(", ", manifest.Datasets.Select(d => d.Id))}");
    }

    private static async Task<int> CheckAsync(CliContext context, DatasetManifest manifest, string folder, Func<DatasetEntry, bool> select, bool json)
    {
        var problems = DatasetManifestFiles.Verify(manifest, folder, select);
        if (json)
        {
            await JsonOutput.WriteAsync(context.Out, new { folder, ok = problems.Count == 0, problems });
        }
        else
        {
            await context.Out.WriteLineAsync(problems.Count == 0 ? $"{folder}: every selected dataset matches the manifest" : $"{folder}: {problems.Count} difference(s)");
            foreach (var p in problems)
            {
                await context.Out.WriteLineAsync("  " + p);
            }
        }

        return problems.Count == 0 ? CliApp.Success : throw new CliFailureException($"{folder} does not match the manifest ({problems.Count} difference(s))");
    }

    private static async Task<int> UpdateManifestAsync(CliContext context, DatasetManifest manifest, string manifestFile, string source)
    {
        if (!Directory.Exists(source))
        {
            throw new CliUsageException($"--update-manifest-from: no such folder: {Path.GetFullPath(source)}");
        }

        var updated = DatasetManifestFiles.Describe(manifest, source);
        await File.WriteAllTextAsync(manifestFile, updated.ToJson());
        var uncovered = DatasetManifestFiles.Uncovered(updated, source);
        await context.Out.WriteLineAsync($"{manifestFile}: {updated.Datasets.Sum(d => d.Files.Count)} file entries from {Path.GetFullPath(source)}" +
            (uncovered.Count == 0 ? string.Empty : $"; NOT covered by any dataset: {string.Join(", ", uncovered)}"));
        return uncovered.Count == 0 ? CliApp.Success : CliApp.Failure;
    }

    private static string? FindManifest()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "datasets", DatasetManifest.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
