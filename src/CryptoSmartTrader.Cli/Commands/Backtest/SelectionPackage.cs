using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// The strategy package of a command line (every option that affects orders lands in it), and the selection of a
/// <c>--package</c> run (the package decides orders; the command line only says when, from which data, and where to write).
/// </summary>
internal static class SelectionPackage
{
    /// <summary>The package a backtest selection trades.</summary>
    public static StrategyPackage Build(Selection s, double stopLossPercent, RiskOptions? risk, CliContext context)
    {
        var quotes = s.Symbols.Select(x => x.Quote).Distinct().ToArray();
        if (quotes.Length != 1)
        {
            throw new CliUsageException($"--symbols: every pair must share one quote currency (the account currency), got {string.Join(", ", quotes)}");
        }

        var p = new StrategyPackage
        {
            Name = s.Model is null ? $"sma-cross-{s.Fast}-{s.Slow}" : ValidName(s.Model),
            Description = $"cst backtest {s.Strategy} {s.Exchange} {string.Join(",", s.Symbols)} {s.Timeframe}",
            CreatedAt = context.Time.GetUtcNow(),
            CodeVersion = CodeVersion.Find(),
        };
        p.Universe.Exchange = s.Exchange.ToString();
        p.Universe.Timeframe = s.Timeframe.ToString();
        p.Universe.Symbols.AddRange(s.Symbols.Select(x => x.ToString()));
        p.Account.InitialCash = s.Cash;
        p.Account.Currency = quotes[0];
        if (s.Model is null)
        {
            p.Alpha.Sma = new SmaCrossOptions { Fast = s.Fast, Slow = s.Slow };
        }
        else
        {
            p.Alpha.Kind = AlphaSpec.ModelsKind;
            var shown = ModelsCliSupport.Registry(s.ModelsDir, context).Show(s.Model);
            var version = shown.Ok ? shown.Value!.CreatedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : null;
            p.Alpha.Models.Add(new ModelRef { Name = s.Model, Version = version });
        }

        p.Risk = risk ?? RiskOptions.ForResearch();
        if (s.VolShock is { } sigmas) p.Risk.VolatilityShockSigmas = sigmas;
        p.Execution.StopLossPercent = stopLossPercent;
        p.Venue.MakerFee = s.Fees.Maker;
        p.Venue.TakerFee = s.Fees.Taker;
        p.Venue.Slippage = s.SlippageText.Trim().ToLowerInvariant();
        p.Venue.LatencyMs = s.Latency.TotalMilliseconds;
        var problems = StrategyPackageValidator.Validate(p);
        return problems.Count == 0 ? p : throw new CliUsageException($"strategy package: {string.Join("; ", problems)}");
    }

    /// <summary>
    /// The selection of <c>--package</c>: market, alpha and costs from the package; period, warm-up and data source from the
    /// command line. An option that would change orders is refused, naming it, since the package alone decides them.
    /// </summary>
    public static Selection FromPackage(ParseResult parse, SelectionOptions o, IEnumerable<Option> orderOptions, StrategyPackage p)
    {
        var given = o.OrderOptions.Concat(orderOptions).Where(x => parse.GetResult(x) is { Implicit: false }).Select(x => x.Name).ToList();
        if (given.Count > 0)
        {
            throw new CliUsageException($"--package: the package decides orders; drop {string.Join(", ", given)} (edit the package, or run without --package)");
        }

        if (p.Alpha.Kind == AlphaSpec.ModelsKind && p.Alpha.Models.Count != 1)
        {
            throw new CliUsageException($"--package: cst backtest trades one model per package, the package names {p.Alpha.Models.Count} (alpha.models)");
        }

        var exchange = Exchange.Parse(p.Universe.Exchange);
        var tf = Timeframe.Parse(p.Universe.Timeframe);
        var from = parse.GetValue(o.From) ?? throw new CliUsageException("--from: required, e.g. --from 2024-01-01");
        var to = parse.GetValue(o.To) ?? throw new CliUsageException("--to: required, e.g. --to 2024-03-01");
        if (to <= from) throw new CliUsageException($"--to ({Data.StoreCliSupport.Iso(to)}) must be after --from ({Data.StoreCliSupport.Iso(from)})");
        var model = p.Alpha.Kind == AlphaSpec.ModelsKind ? p.Alpha.Models[0].Name : null;
        var warmup = parse.GetValue(o.Warmup);
        if (warmup < 0) throw new CliUsageException($"--warmup: expected a number of bars >= 0, got {warmup}");
        // A model's features (an xs-model's cross-sectional windows and membership warm-up included) need history before --from.
        if ((model is not null || p.Alpha.Kind == AlphaSpec.XsModelKind) && tf.IsFixed) warmup = Math.Max(warmup, (int)(ModelsCliSupport.WarmUp / tf.Duration));
        var profile = StrategyKernelFactory.Profile(p);
        var strategy = model is not null ? "model:" + model
            : p.Alpha.Kind == AlphaSpec.XsFactorKind ? XsFactor
            : p.Alpha.Kind == AlphaSpec.XsModelKind ? XsModelPrefix + p.Alpha.XsModel?.Name
            : "sma-cross";
        return new Selection(strategy, model, exchange, StrategyKernelFactory.Symbols(p), tf, from, to, warmup,
            p.Alpha.Sma.Fast, p.Alpha.Sma.Slow, profile.Fees, p.Venue.Slippage, StrategyKernelFactory.VenueOptions(p).Slippage,
            TimeSpan.FromMilliseconds(p.Venue.LatencyMs), p.Account.InitialCash, p.Risk.VolatilityShockSigmas, parse.GetValue(o.Source), parse.GetValue(o.Db)!,
            parse.GetValue(o.ModelsDir)!, parse.GetValue(o.Json));
    }

    /// <summary>The strategy name of an <c>xs-factor</c> package (its alpha is a rule the package fully describes).</summary>
    public const string XsFactor = "xs-factor";

    /// <summary>The strategy name prefix of an <c>xs-model</c> package (<c>xs-model:NAME</c>).</summary>
    public const string XsModelPrefix = "xs-model:";

    /// <summary>The package file of <c>--package</c>: a path, <c>promoted</c>, NAME or NAME@vN of the store.</summary>
    public static StrategyPackage Load(string reference, string store)
    {
        var loaded = PackageStore.Resolve(reference, store);
        return loaded.Ok ? loaded.Value! : throw new CliUsageException($"--package: {string.Join("; ", loaded.Errors)}");
    }

    /// <summary>Parses <c>--recovery</c>: drawdown, manual, newhigh, cooldown[:DAYS]; none given is the research default (cooldown, 30 days).</summary>
    public static RiskOptions Recovery(string? text, double? hysteresisPoints)
    {
        var risk = RiskOptions.ForResearch();
        if (hysteresisPoints is { } h)
        {
            if (!(h >= 0 && h < risk.CautionDrawdown * 100)) throw new CliUsageException($"--ladder-hysteresis: expected percentage points in [0, {risk.CautionDrawdown * 100}), got {h}");
            risk.LadderHysteresis = h / 100;
        }

        if (text is null) return risk;
        var parts = text.Trim().ToLowerInvariant().Split(':', 2);
        risk.Recovery = parts[0] switch
        {
            "drawdown" => LadderRecovery.Drawdown,
            "manual" => LadderRecovery.Manual,
            "newhigh" or "new-high" => LadderRecovery.NewHigh,
            "cooldown" => LadderRecovery.Cooldown,
            _ => throw new CliUsageException($"--recovery: expected drawdown, manual, newhigh or cooldown[:DAYS], got '{text}'"),
        };
        if (parts.Length == 2)
        {
            if (risk.Recovery != LadderRecovery.Cooldown || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var days) || !(days > 0))
            {
                throw new CliUsageException($"--recovery: expected cooldown:DAYS with DAYS > 0 (e.g. cooldown:30), got '{text}'");
            }

            risk.RecoveryCooldown = TimeSpan.FromDays(days);
        }

        return risk;
    }

    private static string ValidName(string text)
    {
        var cleaned = new string(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('-', '.');
        return cleaned.Length == 0 ? "model" : cleaned.Length > 64 ? cleaned[..64] : cleaned;
    }
}
