using System.Text.Json;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// The bot's strategies as strategy packages. <c>--strategy</c> takes a package file (a JSON document with a
/// <c>schemaVersion</c>, read strictly: an unknown key, a wrong type or a bad value stops start-up naming the field) or an
/// older strategy file, which is translated into a package here so both run through the one kernel factory.
/// </summary>
internal static class PackageStrategies
{
    /// <summary>
    /// True for a package: a file whose top-level object has <c>schemaVersion</c>, or a reference to the package store
    /// (<c>promoted</c>, <c>NAME</c>, <c>NAME@vN</c>: no such file, no .json ending). False for a strategy file.
    /// </summary>
    public static bool IsPackage(string path)
    {
        if (!File.Exists(path)) return !path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !path.Contains('/') && !path.Contains('\\');
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("schemaVersion", out _);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static (Strategy? Strategy, IReadOnlyList<string> Errors) Load(BotOptions options, string path)
    {
        var source = File.Exists(path) ? $"strategy package {path}" : $"strategy package '{path}' of the store {Path.GetFullPath(options.PackagesPath)}";
        var loaded = PackageStore.Resolve(path, options.PackagesPath);
        if (!loaded.Ok) return (null, loaded.Errors.Select(e => $"{source}: {e}").ToList());
        var package = loaded.Value!;
        var errors = new List<string>();
        if (!Exchange.TryParse(package.Universe.Exchange, out var exchange, out var exError)) errors.Add($"{source}: universe.exchange: {exError}");
        else if (!exchange.IsSupported) errors.Add($"{source}: universe.exchange: '{exchange}' has no exchange profile the bot can trade on (expected one of the supported exchanges, e.g. binance)");
        if (!Timeframe.TryParse(package.Universe.Timeframe, out var timeframe)) errors.Add($"{source}: universe.timeframe: '{package.Universe.Timeframe}' is not a timeframe (expected e.g. 1h)");
        var symbols = new List<Symbol>();
        foreach (var text in package.Universe.Symbols)
        {
            if (Symbol.TryParse(text, out var s, out var symError)) symbols.Add(s);
            else errors.Add($"{source}: universe.symbols: '{text}': {symError}");
        }

        if (symbols.Count == 0 && errors.Count == 0) errors.Add($"{source}: universe.symbols: empty (expected e.g. [\"BTC/USDT\"])");
        if (errors.Count > 0) return (null, errors);
        IReadOnlyList<ModelLane>? lanes = null;
        if (package.Alpha.Kind == AlphaSpec.ModelsKind)
        {
            var registry = new ModelRegistry(options.ModelsPath, TimeProvider.System);
            // The in-sample guard is per bar (ModelStrategyAlpha), so the models open from just after their training data.
            var trainedTo = package.Alpha.Models.Select(m => registry.Show(m.Name)).Where(r => r.Ok).Select(r => r.Value!.TrainTo).DefaultIfEmpty(DateTimeOffset.MinValue).Max();
            // Feature sets from the bot's market store, as for a strategy file: a package of a derivatives-trained model opens too.
            var opened = PackageModels.Open(package, registry, trainedTo == DateTimeOffset.MinValue ? trainedTo : trainedTo.AddTicks(1),
                featureSets: StoreFeatureSets.Create(options.DbPath));
            if (!opened.Ok) return (null, opened.Errors.Select(e => $"{source}: {e}").ToList());
            lanes = opened.Value!.Select((m, i) => new ModelLane(m, package.Alpha.Models[i].Symbols.Count > 0
                ? package.Alpha.Models[i].Symbols.Select(Symbol.Parse).Where(symbols.Contains).ToList()
                : symbols.Where(sym => m.Metadata.Symbols.Contains(sym.ToString())).ToList())).ToList();
        }

        CrossSectionalModelSource? xs = null;
        if (package.Alpha.Kind == AlphaSpec.XsModelKind)
        {
            var registry = new ModelRegistry(options.ModelsPath, TimeProvider.System);
            // Opened from just after its training data, as the models above; the alpha gives no view at a bar inside it.
            var trainedTo = package.Alpha.XsModel is { } m && registry.Show(m.Name) is { Ok: true } shown ? shown.Value!.TrainTo.AddTicks(1) : DateTimeOffset.MinValue;
            var opened = PackageModels.OpenCrossSectional(package, registry, trainedTo);
            if (!opened.Ok) return (null, opened.Errors.Select(e => $"{source}: {e}").ToList());
            xs = opened.Value;
        }

        return (new Strategy(exchange, timeframe, symbols, package.Alpha.Kind == AlphaSpec.ModelsKind ? "package:" + package.Name : package.Alpha.Kind, package, source, lanes, xs), []);
    }

    /// <summary>A strategy file's settings as a package (the costs are the package defaults: the file cannot state them).</summary>
    public static StrategyPackage FromFile(StrategyFile file, Exchange exchange, Timeframe timeframe, IReadOnlyList<Symbol> symbols, IReadOnlyList<ModelLane>? models, string source)
    {
        var package = new StrategyPackage
        {
            Name = "bot-strategy",
            Description = $"translated from {source}",
            Risk = file.Risk,
        };
        package.Universe.Exchange = exchange.ToString();
        package.Universe.Timeframe = timeframe.ToString();
        package.Universe.Symbols.AddRange(symbols.Select(s => s.ToString()));
        package.Account.InitialCash = file.InitialCash;
        package.Account.Currency = file.AccountCurrency;
        package.Account.RebalanceThreshold = file.RebalanceThreshold;
        package.Alpha.Sma = file.Sma;
        if (models is { Count: > 0 })
        {
            package.Alpha.Kind = AlphaSpec.ModelsKind;
            package.Alpha.Models.AddRange(models.Select(m => new ModelRef { Name = m.Source.Metadata.Name, Version = m.Source.Version, Symbols = m.Symbols.Select(s => s.ToString()).ToList() }));
        }

        return package;
    }
}
