using System.Text.Json;
using System.Text.RegularExpressions;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>Checks every value of a package; each problem names the field (JSON path) and what was expected.</summary>
public static partial class StrategyPackageValidator
{
    public static IReadOnlyList<string> Validate(StrategyPackage p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var e = new List<string>();
        if (p.SchemaVersion != StrategyPackage.CurrentSchemaVersion)
        {
            e.Add($"schemaVersion: expected {StrategyPackage.CurrentSchemaVersion} (the package format this code reads), got {p.SchemaVersion}");
        }

        if (string.IsNullOrEmpty(p.Name) || !NamePattern().IsMatch(p.Name))
        {
            e.Add($"name: expected 1-64 letters, digits, '-', '_' or '.' starting with a letter or digit, got '{p.Name}'");
        }

        var quote = Universe(p.Universe, e);
        Account(p.Account, p.Universe, quote, e);
        Alpha(p.Alpha, p.Universe, e);
        if (p.Construction.Kind is not (ConstructionSpec.ConfidenceWeighted or ConstructionSpec.TopKKind))
            e.Add($"construction.kind: expected {ConstructionSpec.ConfidenceWeighted} or {ConstructionSpec.TopKKind}, got '{p.Construction.Kind}'");
        if (p.Construction.TopK is { } topK) Options("construction.topK", topK.Validate, e);
        if (!(p.Construction.GrossBudget > 0 && p.Construction.GrossBudget <= 10)) e.Add($"construction.grossBudget: expected a number in (0, 10], got {p.Construction.GrossBudget}");
        if (p.Sizing.Kind is not (SizingSpec.KellyKind or SizingSpec.VolTargetKind)) e.Add($"sizing.kind: expected {SizingSpec.KellyKind} or {SizingSpec.VolTargetKind}, got '{p.Sizing.Kind}'");
        Options("sizing.kelly", p.Sizing.Kelly.Validate, e);
        Options("sizing.volTarget", p.Sizing.VolTarget.Validate, e);
        Options("risk", p.Risk.Validate, e);
        Options("execution", p.Execution.Validate, e);
        Venue(p.Venue, e);
        for (var i = 0; i < p.DataFingerprints.Count; i++)
        {
            var f = p.DataFingerprints[i];
            if (!Symbol.TryParse(f.Symbol, out _, out var err)) e.Add($"dataFingerprints[{i}].symbol: {err}");
            if (f.Bars < 0) e.Add($"dataFingerprints[{i}].bars: expected a count >= 0, got {f.Bars}");
        }

        return e;
    }

    private static string? Universe(UniverseSpec u, List<string> e)
    {
        if (!Exchange.TryParse(u.Exchange, out _, out var exError)) e.Add($"universe.exchange: {exError}");
        if (!Timeframe.TryParse(u.Timeframe, out _)) e.Add($"universe.timeframe: expected a timeframe such as 1m, 5m, 1h or 1d, got '{u.Timeframe}'");
        if (u.Symbols.Count == 0) e.Add("universe.symbols: expected at least one pair such as BTC/USDT, got none");
        var quotes = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Symbol>();
        for (var i = 0; i < u.Symbols.Count; i++)
        {
            if (!Symbol.TryParse(u.Symbols[i], out var s, out var err))
            {
                e.Add($"universe.symbols[{i}]: {err}");
                continue;
            }

            if (!seen.Add(s)) e.Add($"universe.symbols[{i}]: {s} appears more than once");
            quotes.Add(s.Quote);
        }

        if (quotes.Count > 1) e.Add($"universe.symbols: expected pairs sharing one quote currency (the account currency), got {string.Join(", ", quotes.Order(StringComparer.Ordinal))}");
        return quotes.Count == 1 ? quotes.First() : null;
    }

    private static void Account(AccountSpec a, UniverseSpec u, string? quote, List<string> e)
    {
        if (!(a.InitialCash > 0)) e.Add($"account.initialCash: expected an amount > 0, got {a.InitialCash}");
        if (a.Currency is { } c)
        {
            if (!AssetCode.TryNormalize(c, out var code)) e.Add($"account.currency: expected an asset code such as USDT, got '{c}'");
            else if (quote is not null && code != quote) e.Add($"account.currency: expected the symbols' quote currency {quote}, got '{c}'");
        }

        if (!(a.RebalanceThreshold is >= 0 and < 1)) e.Add($"account.rebalanceThreshold: expected a fraction in [0, 1), got {a.RebalanceThreshold}");
        if (a.CorrelationWarmup < 2) e.Add($"account.correlationWarmup: expected a number of returns >= 2, got {a.CorrelationWarmup}");
        foreach (var key in a.Clusters.Keys)
        {
            if (!u.Symbols.Contains(key, StringComparer.OrdinalIgnoreCase)) e.Add($"account.clusters.{key}: expected a symbol of universe.symbols ({string.Join(", ", u.Symbols)})");
        }
    }

    private static void Alpha(AlphaSpec a, UniverseSpec u, List<string> e)
    {
        switch (a.Kind)
        {
            case AlphaSpec.SmaCrossKind:
                Options("alpha.sma", a.Sma.Validate, e);
                if (a.Models.Count > 0) e.Add($"alpha.models: expected none with kind {AlphaSpec.SmaCrossKind} (models trade with kind {AlphaSpec.ModelsKind}), got {a.Models.Count}");
                break;
            case AlphaSpec.ModelsKind:
                if (a.Models.Count == 0) e.Add($"alpha.models: expected at least one registry model ({{\"name\": \"btc-v1\", \"version\": \"...\"}}) with kind {AlphaSpec.ModelsKind}");
                for (var i = 0; i < a.Models.Count; i++)
                {
                    var m = a.Models[i];
                    if (string.IsNullOrWhiteSpace(m.Name)) e.Add($"alpha.models[{i}].name: expected a registered model name (cst models list), got '{m.Name}'");
                    if (m.Version is { } v && !long.TryParse(v, out _)) e.Add($"alpha.models[{i}].version: expected the model's version as cst models show prints it (Unix ms), got '{v}'");
                    foreach (var s in m.Symbols.Where(s => !u.Symbols.Contains(s, StringComparer.OrdinalIgnoreCase)))
                    {
                        e.Add($"alpha.models[{i}].symbols: {s} is not in universe.symbols ({string.Join(", ", u.Symbols)})");
                    }
                }

                if (a.Models.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != a.Models.Count) e.Add("alpha.models: each model may appear once");
                break;
            case AlphaSpec.XsFactorKind:
                if (a.XsFactor is { } xs) Options("alpha.xsFactor", xs.Validate, e);
                if (a.Models.Count > 0) e.Add($"alpha.models: expected none with kind {AlphaSpec.XsFactorKind} (models trade with kind {AlphaSpec.ModelsKind}), got {a.Models.Count}");
                break;
            case AlphaSpec.XsModelKind:
                XsModel(a, e);
                break;
            default:
                e.Add($"alpha.kind: expected {AlphaSpec.SmaCrossKind}, {AlphaSpec.ModelsKind}, {AlphaSpec.XsFactorKind} or {AlphaSpec.XsModelKind}, got '{a.Kind}'");
                break;
        }
    }

    private static void XsModel(AlphaSpec a, List<string> e)
    {
        if (a.Models.Count > 0) e.Add($"alpha.models: expected none with kind {AlphaSpec.XsModelKind} (the model goes in alpha.xsModel), got {a.Models.Count}");
        if (a.XsModel is not { } m)
        {
            e.Add($"alpha.xsModel: expected a cross-sectional registry model ({{\"name\": \"xs-v1\", \"version\": \"...\"}}) with kind {AlphaSpec.XsModelKind}");
            return;
        }

        if (string.IsNullOrWhiteSpace(m.Name)) e.Add($"alpha.xsModel.name: expected a registered cross-sectional model name (cst models list), got '{m.Name}'");
        if (m.Version is { } v && !long.TryParse(v, out _)) e.Add($"alpha.xsModel.version: expected the model's version as cst models show prints it (Unix ms), got '{v}'");
        if (!(m.Confidence is >= 0.5 and <= 1)) e.Add($"alpha.xsModel.confidence: expected a value in [0.5, 1], got {m.Confidence}");
        if (!(m.PayoffRatio > 0)) e.Add($"alpha.xsModel.payoffRatio: expected > 0, got {m.PayoffRatio}");
    }

    private static void Venue(VenueSpec v, List<string> e)
    {
        if (v.MakerFee is { } maker && !(maker is >= -0.01m and <= 0.1m)) e.Add($"venue.makerFee: expected a fraction in [-0.01, 0.1] (0.001 = 0.1 %), got {maker}");
        if (v.TakerFee is { } taker && !(taker is >= 0m and <= 0.1m)) e.Add($"venue.takerFee: expected a fraction in [0, 0.1] (0.001 = 0.1 %), got {taker}");
        if ((v.MakerFee is null) != (v.TakerFee is null)) e.Add("venue.makerFee/takerFee: expected both or neither (neither: the exchange's base tier)");
        if (!(v.SpreadBps >= 0 && double.IsFinite(v.SpreadBps))) e.Add($"venue.spreadBps: expected basis points >= 0, got {v.SpreadBps}");
        if (!SlippageModels.TryParse(v.Slippage, out _, out var err)) e.Add($"venue.slippage: {err}");
        if (!(v.LatencyMs >= 0 && double.IsFinite(v.LatencyMs))) e.Add($"venue.latencyMs: expected milliseconds >= 0, got {v.LatencyMs}");
        if (!(v.ParticipationRate is > 0 and <= 1)) e.Add($"venue.participationRate: expected a fraction in (0, 1], got {v.ParticipationRate}");
        if (!Enum.IsDefined(v.LimitFillRule)) e.Add($"venue.limitFillRule: expected tradeThrough or touch, got {v.LimitFillRule}");
        if (!Enum.IsDefined(v.IntraBarPath)) e.Add($"venue.intraBarPath: expected adaptive, openHighLowClose or openLowHighClose, got {v.IntraBarPath}");
    }

    // The options classes validate themselves by throwing; here their messages become results naming the JSON field.
    private static void Options(string section, Action validate, List<string> e)
    {
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            var field = ex.ParamName is { Length: > 0 } p ? $"{section}.{JsonNamingPolicy.CamelCase.ConvertName(p)}" : section;
            var message = ex.Message.Split('\n')[0];
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            if (cut >= 0) message = message[..cut];
            var colon = message.IndexOf(": ", StringComparison.Ordinal);
            if (colon >= 0 && colon < 20) message = message[(colon + 2)..];
            var got = ex is ArgumentOutOfRangeException { ActualValue: { } actual } ? $", got {actual}" : "";
            e.Add($"{field}: {message}{got}");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex NamePattern();
}
