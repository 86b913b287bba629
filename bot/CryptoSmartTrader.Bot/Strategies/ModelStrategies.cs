using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Models.Registry;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// Resolves the model strategies of a strategy file against the model registry: <c>model:NAME</c> (one model, which must
/// be promoted) and <c>promoted</c> (every promoted model of the strategy's exchange and timeframe; each symbol goes to
/// the most recently promoted model trained on it). Every refusal names the model, its state and the registry folder.
/// </summary>
internal static class ModelStrategies
{
    public const string Prefix = "model:";
    public const string AllPromoted = "promoted";

    public static bool IsModelKind(string kind) => kind.StartsWith(Prefix, StringComparison.Ordinal) || kind == AllPromoted;

    /// <summary>The metadata of <c>model:NAME</c> when the model exists and is promoted; otherwise null and the reason in <paramref name="errors"/>.</summary>
    public static ModelMetadata? Named(ModelRegistry registry, string kind, string source, List<string> errors)
    {
        if (!kind.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var name = kind[Prefix.Length..].Trim();
        var shown = registry.Show(name);
        if (!shown.Ok)
        {
            errors.Add($"{source}: strategy '{kind}': {shown.Error} (set the registry folder with --models or Bot:ModelsPath)");
            return null;
        }

        var meta = shown.Value!;
        if (meta.State == ModelState.Promoted) return meta;
        errors.Add($"{source}: strategy '{kind}': model '{name}' is {meta.State.ToString().ToLowerInvariant()}, not promoted, in {registry.Root}; " +
                   $"the bot only trades promoted models (cst models promote {name})");
        return null;
    }

    /// <summary>Opens the models that trade <paramref name="symbols"/>; empty with the reasons in <paramref name="errors"/> when that is not possible.</summary>
    /// <remarks><paramref name="named"/> is the result of <see cref="Named"/> for <c>model:NAME</c> (null when it was refused);
    /// <paramref name="featureSets"/> resolves each model's feature sets (<see cref="StoreFeatureSets.Create"/>).</remarks>
    public static IReadOnlyList<ModelLane> Open(ModelRegistry registry, string kind, ModelMetadata? named, Exchange exchange, Timeframe timeframe,
        IReadOnlyList<Symbol> symbols, string source, List<string> errors, FeatureSetRegistry featureSets)
    {
        var start = errors.Count;
        var plan = new List<(ModelMetadata Meta, List<Symbol> Symbols)>();
        if (kind == AllPromoted)
        {
            var promoted = registry.List().Where(m => m.State == ModelState.Promoted).OrderByDescending(m => m.PromotedAt).ToList();
            var matching = promoted.Where(m => Trades(m, exchange, timeframe)).ToList();
            foreach (var symbol in symbols)
            {
                var model = matching.FirstOrDefault(m => SymbolsOf(m).Contains(symbol));
                if (model is null)
                {
                    errors.Add($"{source}: strategy '{kind}': no promoted {exchange} {timeframe} model in {registry.Root} was trained on {symbol} " +
                               $"(promoted: {(promoted.Count == 0 ? "none" : string.Join(", ", promoted.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => $"{m.Name} [{m.Exchange} {m.Timeframe} {string.Join(" ", m.Symbols)}]")))})");
                    continue;
                }

                var entry = plan.FirstOrDefault(p => p.Meta.Name == model.Name);
                if (entry.Meta is null) plan.Add((model, [symbol]));
                else entry.Symbols.Add(symbol);
            }
        }
        else if (named is { } meta)
        {
            if (!Trades(meta, exchange, timeframe))
            {
                errors.Add($"{source}: strategy '{kind}': model '{meta.Name}' was trained on {meta.Exchange} {meta.Timeframe} candles, the strategy trades {exchange} {timeframe}");
            }

            var foreign = symbols.Where(s => !SymbolsOf(meta).Contains(s)).ToList();
            if (foreign.Count > 0)
            {
                errors.Add($"{source}: strategy '{kind}': {string.Join(", ", foreign)} not among the model's symbols ({string.Join(", ", meta.Symbols)})");
            }

            plan.Add((meta, symbols.ToList()));
        }

        if (errors.Count > start) return [];
        var lanes = new List<ModelLane>();
        foreach (var (meta, assigned) in plan)
        {
            // The in-sample guard is per bar (ModelStrategyAlpha): opening just after the training data lets replays of
            // older data start, while no bar at or before TrainTo is ever traded on.
            var opened = ModelAlphaSource.Open(registry, meta.Name, meta.TrainTo.AddTicks(1), featureSets: featureSets);
            if (opened.Ok) lanes.Add(new ModelLane(opened.Value!, assigned));
            else errors.Add($"{source}: strategy '{kind}': model '{meta.Name}' cannot be opened: {opened.Error}");
        }

        return errors.Count > start ? [] : lanes;
    }

    private static bool Trades(ModelMetadata m, Exchange exchange, Timeframe timeframe) =>
        Exchange.TryParse(m.Exchange, out var e, out _) && e == exchange && Timeframe.TryParse(m.Timeframe, out var t) && t == timeframe;

    private static List<Symbol> SymbolsOf(ModelMetadata m) => m.Symbols.Select(s => Symbol.TryParse(s, out var sym, out _) ? sym : default).Where(s => s.Base is not null).ToList();
}
