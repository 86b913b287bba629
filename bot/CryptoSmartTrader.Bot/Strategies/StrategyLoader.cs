using System.Text.Json;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>Reads the strategy file (when set) over the bot's defaults and reports every problem with the input it came from.</summary>
internal static class StrategyLoader
{
    // Enums as package.json spells them ("risk": { "recovery": "manual" }), so a strategy file can say what a package says.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static (Strategy? Strategy, IReadOnlyList<string> Errors) Load(BotOptions options)
    {
        var errors = new List<string>();
        var file = new StrategyFile();
        var source = "bot settings (no strategy file)";
        if (!string.IsNullOrWhiteSpace(options.StrategyFile) && PackageStrategies.IsPackage(options.StrategyFile))
        {
            return PackageStrategies.Load(options, options.StrategyFile);
        }

        if (!string.IsNullOrWhiteSpace(options.StrategyFile))
        {
            source = $"strategy file {options.StrategyFile}";
            if (!File.Exists(options.StrategyFile)) return (null, [$"{source}: not found (expected a JSON file with symbols, timeframe, strategy)"]);
            var text = File.ReadAllText(options.StrategyFile);
            // A misspelled key (initalCash, symbol) used to be ignored and the bot traded the defaults (issue 19, finding 6).
            var shape = StrategyPackageJson.CheckShape(text, typeof(StrategyFile));
            if (shape.Count > 0) return (null, shape.Select(e => $"{source}: {e}").ToList());
            try
            {
                file = JsonSerializer.Deserialize<StrategyFile>(text, Json)
                       ?? throw new JsonException("the file is empty or null");
            }
            catch (JsonException ex)
            {
                return (null, [$"{source}: not valid strategy JSON ({ex.Message})"]);
            }
        }

        // A model strategy trades the model's market unless the file says otherwise (then the two must agree).
        var kind = file.Strategy.Trim();
        var registry = ModelStrategies.IsModelKind(kind) ? new ModelRegistry(options.ModelsPath, TimeProvider.System) : null;
        var named = registry is null ? null : ModelStrategies.Named(registry, kind, source, errors);
        if (!Exchange.TryParse(file.Exchange ?? named?.Exchange ?? options.Exchange, out var exchange, out var exError)) errors.Add($"{source}: exchange: {exError}");
        var tfText = file.Timeframe ?? named?.Timeframe ?? options.Timeframe;
        if (!Timeframe.TryParse(tfText, out var timeframe)) errors.Add($"{source}: timeframe '{tfText}' is not a timeframe (expected e.g. 1m, 5m, 1h, 1d)");
        var symbols = new List<Symbol>();
        // Bound configuration lists append to their defaults, so the settings' list may repeat a symbol; a file may not.
        foreach (var text in file.Symbols ?? named?.Symbols.ToList() ?? options.Symbols.Distinct(StringComparer.OrdinalIgnoreCase).ToList())
        {
            if (Symbol.TryParse(text, out var s, out var symError)) symbols.Add(s);
            else errors.Add($"{source}: symbol '{text}': {symError}");
        }

        if (symbols.Count == 0 && errors.Count == 0) errors.Add($"{source}: no symbols (expected e.g. [\"BTC/USDT\"])");
        if (symbols.Distinct().Count() != symbols.Count) errors.Add($"{source}: a symbol is listed twice");
        if (registry is null && kind != "sma-cross")
        {
            errors.Add($"{source}: strategy '{kind}' is unknown (expected \"sma-cross\", \"model:NAME\" or \"promoted\")");
        }

        Check(errors, source, "sma", file.Sma.Validate);
        Check(errors, source, "risk", file.Risk.Validate);
        if (file.InitialCash <= 0) errors.Add($"{source}: initialCash must be > 0, got {file.InitialCash}");
        if (file.RebalanceThreshold is < 0 or >= 1) errors.Add($"{source}: rebalanceThreshold must be in [0, 1), got {file.RebalanceThreshold}");
        // Models are opened last, and only for an otherwise valid file: loading them is the expensive part.
        var models = registry is not null && errors.Count == 0 ? ModelStrategies.Open(registry, kind, named, exchange, timeframe, symbols, source, errors, StoreFeatureSets.Create(options.DbPath)) : null;
        return errors.Count > 0 ? (null, errors)
            : (new Strategy(exchange, timeframe, symbols, kind, PackageStrategies.FromFile(file, exchange, timeframe, symbols, models, source), source, models), errors);
    }

    /// <summary>
    /// The reasons the configured strategy cannot run (empty when it can): the file itself, then its exchange and symbols
    /// (<see cref="KnownMarkets"/>), and in LIVE mode that it is long-only (<see cref="LiveShorts"/>). Models opened to check are closed again.
    /// </summary>
    public static IReadOnlyList<string> Validate(BotOptions options, MarketData.MarketDataOptions marketData)
    {
        var (strategy, errors) = Load(options);
        foreach (var lane in strategy?.Models ?? []) lane.Source.Dispose();
        strategy?.XsModel?.Dispose();
        return strategy is null ? errors : [.. LiveShorts.Check(options, strategy), .. KnownMarkets.Check(options, marketData, strategy)];
    }

    private static void Check(List<string> errors, string source, string section, Action validate)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            errors.Add($"{source}: {section}: {ex.Message}");
        }
    }
}
