using System.Globalization;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Construction;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;
using CryptoSmartTrader.Trading.Sizing;

namespace CryptoSmartTrader.Trading.Packages;

/// <summary>
/// The one place a <see cref="TradingKernel"/> is assembled: a package plus a <see cref="KernelHost"/> (clock, venue and
/// feed adapters, mode) gives the kernel the backtester, the notebooks and the bot all drive. Because each of them goes
/// through here, the same package makes the same orders on the same bars wherever it runs.
/// </summary>
public static class StrategyKernelFactory
{
    /// <summary>
    /// Builds the kernel; a host universe the package does not cover, or a models package without a host alpha, is an error
    /// naming the field. The package's values are checked where it is read or made (<see cref="StrategyPackageJson.Load"/>,
    /// <see cref="StrategyPackageValidator"/>); the parts' own option checks still run here.
    /// </summary>
    public static PackageResult<KernelAssembly> Create(StrategyPackage package, KernelHost host)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(host);
        var universe = host.Universe ?? Universe(package);
        var errors = Covers(package, universe).Distinct().ToList();
        if (package.Alpha.Kind == AlphaSpec.ModelsKind && host.Alpha is null)
        {
            errors.Add("alpha: a models package needs the host to build the alpha (open the models with PackageModels.Open)");
        }

        if (package.Alpha.Kind == AlphaSpec.XsModelKind && host.Alpha is null)
        {
            errors.Add("alpha: an xs-model package needs the host to build the alpha (open the model with PackageModels.OpenCrossSectional)");
        }

        if (errors.Count > 0) return PackageResult<KernelAssembly>.Fail(errors);
        var options = host.Options?.Invoke() ?? KernelOptions(package, host);
        var venue = host.Venue?.Invoke(universe) ?? SimulatedVenue(package, universe);
        if (host.WrapVenue is { } wrapVenue) venue = wrapVenue(venue);
        var alpha = host.Alpha?.Invoke(universe) ?? RuleAlpha(package, universe);
        if (host.WrapAlpha is { } wrapAlpha) alpha = wrapAlpha(alpha);
        var kernel = new TradingKernel(options, universe, new TradingKernelComponents
        {
            Alpha = alpha,
            Venue = venue,
            Construction = host.Construction?.Invoke() ?? Construction(package),
            Sizer = host.Sizer?.Invoke() ?? Sizer(package),
            Risk = host.Risk?.Invoke() ?? package.Risk,
            Execution = host.Execution?.Invoke() ?? Execution(package),
            DataQualityGate = host.DataQualityGate,
            DecisionLog = host.DecisionLog,
        }, host.Clock);
        return PackageResult<KernelAssembly>.Success(new KernelAssembly(kernel, universe, options, alpha, venue));
    }

    /// <summary>Like <see cref="Create"/> for callers that already validated: an invalid package throws, naming every problem.</summary>
    public static KernelAssembly CreateOrThrow(StrategyPackage package, KernelHost host)
    {
        var built = Create(package, host);
        return built.Ok ? built.Value! : throw new ArgumentException($"strategy package '{package.Name}': {string.Join("; ", built.Errors)}", nameof(package));
    }

    /// <summary>A package with every default and the given universe: what a kernel built without a package gets.</summary>
    public static StrategyPackage DefaultPackage(TradingUniverse universe)
    {
        ArgumentNullException.ThrowIfNull(universe);
        var p = new StrategyPackage { Name = "default" };
        if (universe.Count > 0)
        {
            p.Universe.Exchange = universe.ExchangeOf(0).ToString();
            p.Universe.Timeframe = universe.TimeframeOf(0).ToString();
        }

        for (var i = 0; i < universe.Count; i++) p.Universe.Symbols.Add(universe.SymbolOf(i).ToString());
        return p;
    }

    public static TradingUniverse Universe(StrategyPackage package)
    {
        var exchange = Exchange.Parse(package.Universe.Exchange);
        var timeframe = Timeframe.Parse(package.Universe.Timeframe);
        return new TradingUniverse(exchange, timeframe, package.Universe.Symbols.Select(Symbol.Parse));
    }

    public static Symbol[] Symbols(StrategyPackage package) => package.Universe.Symbols.Select(Symbol.Parse).ToArray();

    /// <summary>The account currency: the package's, else the symbols' quote.</summary>
    public static string AccountCurrency(StrategyPackage package) =>
        package.Account.Currency is { } c && AssetCode.TryNormalize(c, out var code) ? code
        : package.Universe.Symbols.Count > 0 ? Symbol.Parse(package.Universe.Symbols[0]).Quote
        : new TradingKernelOptions().AccountCurrency;

    public static TradingKernelOptions KernelOptions(StrategyPackage package, KernelHost? host = null)
    {
        var o = new TradingKernelOptions
        {
            Mode = host?.Mode ?? TradingMode.Backtest,
            InitialCash = package.Account.InitialCash,
            AccountCurrency = AccountCurrency(package),
            RebalanceThreshold = package.Account.RebalanceThreshold,
            CorrelationWarmup = package.Account.CorrelationWarmup,
            RecordHolds = host?.RecordHolds ?? false,
        };
        if (host?.ClientOrderIdPrefix is { } prefix) o.ClientOrderIdPrefix = prefix;
        foreach (var (symbol, cluster) in package.Account.Clusters) o.Clusters[Symbol.Parse(symbol)] = cluster;
        return o;
    }

    /// <summary>The exchange's profile (tick, lot, minimums) with the package's fees; an exchange without a profile needs fees in the package.</summary>
    public static ExchangeProfile Profile(StrategyPackage package)
    {
        var exchange = Exchange.Parse(package.Universe.Exchange);
        var fees = package.Venue is { MakerFee: { } maker, TakerFee: { } taker } ? new FeeSchedule(maker, taker) : (FeeSchedule?)null;
        if (exchange.IsSupported)
        {
            var profile = ExchangeProfiles.For(exchange);
            return fees is { } f ? profile.WithFees(f) : profile;
        }

        return fees is { } given ? new ExchangeProfile(exchange, given, ExchangeProfiles.Binance.DefaultRules)
            : throw new ArgumentException($"venue.makerFee/takerFee: no default fee schedule for exchange '{exchange}'; the package must give both");
    }

    public static SimulatedVenueOptions VenueOptions(StrategyPackage package)
    {
        var v = package.Venue;
        if (!SlippageModels.TryParse(v.Slippage, out var slippage, out var error)) throw new ArgumentException($"venue.slippage: {error}");
        return new SimulatedVenueOptions
        {
            Latency = TimeSpan.FromMilliseconds(v.LatencyMs),
            ParticipationRate = v.ParticipationRate,
            LimitFillRule = v.LimitFillRule,
            IntraBarPath = v.IntraBarPath,
            SpreadBps = v.SpreadBps,
            Slippage = slippage,
        };
    }

    public static SimulatedVenue SimulatedVenue(StrategyPackage package, TradingUniverse universe) =>
        new(Profile(package), universe, VenueOptions(package));

    public static IAlphaModel RuleAlpha(StrategyPackage package, TradingUniverse universe) => package.Alpha.Kind switch
    {
        AlphaSpec.SmaCrossKind => new SmaCrossAlphaModel(universe.Count, package.Alpha.Sma),
        AlphaSpec.XsFactorKind => new CrossSectionalFactorAlpha(universe.Count, package.Alpha.XsFactor),
        _ => throw new ArgumentException($"alpha.kind: {package.Alpha.Kind} is not a rule; the host builds model alphas"),
    };

    public static IPositionSizer Sizer(StrategyPackage package) => package.Sizing.Kind == SizingSpec.VolTargetKind
        ? new VolatilityTargetSizer(package.Sizing.VolTarget)
        : new KellySizer(package.Sizing.Kelly);

    public static IPortfolioConstructionModel Construction(StrategyPackage package) => package.Construction.Kind == ConstructionSpec.TopKKind
        ? new TopKConstruction(new TopKConstructionOptions
        {
            K = package.Construction.TopK?.K ?? 3,
            HoldBand = package.Construction.TopK?.HoldBand ?? 1,
            LongShort = package.Construction.TopK?.LongShort ?? true,
            RebalanceBars = package.Construction.TopK?.RebalanceBars ?? 24,
            GrossBudget = package.Construction.GrossBudget,
        })
        : new ConfidenceWeightedConstruction(package.Construction.GrossBudget);

    public static IExecutionModel Execution(StrategyPackage package) => new ExecutionModel(package.Execution);

    /// <summary>The costs as result.json's settings record them (fees, slippage, latency, stop).</summary>
    public static IReadOnlyDictionary<string, string> Costs(StrategyPackage package)
    {
        var fees = Profile(package).Fees;
        var costs = new Dictionary<string, string>
        {
            ["makerFee"] = fees.Maker.ToString(CultureInfo.InvariantCulture),
            ["takerFee"] = fees.Taker.ToString(CultureInfo.InvariantCulture),
            ["slippage"] = VenueOptions(package).Slippage.Name,
            ["latencyMs"] = package.Venue.LatencyMs.ToString(CultureInfo.InvariantCulture),
            ["volatilityShockSigmas"] = package.Risk.VolatilityShockSigmas.ToString(CultureInfo.InvariantCulture),
        };
        if (package.Execution.StopLossPercent > 0) costs["stopLossPercent"] = package.Execution.StopLossPercent.ToString(CultureInfo.InvariantCulture);
        return costs;
    }

    /// <summary>The drawdown ladder's settings as result.json's <c>settings.risk</c> records them.</summary>
    public static IReadOnlyDictionary<string, string> LadderSettings(StrategyPackage package) => new Dictionary<string, string>
    {
        ["ladderHysteresis"] = package.Risk.LadderHysteresis.ToString(CultureInfo.InvariantCulture),
        ["recovery"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(package.Risk.Recovery.ToString()),
        ["recoveryCooldownDays"] = package.Risk.RecoveryCooldown.TotalDays.ToString(CultureInfo.InvariantCulture),
        ["killSwitchDrawdown"] = package.Risk.KillSwitchDrawdown.ToString(CultureInfo.InvariantCulture),
    };

    // The host may trade fewer symbols than the package (those with data), never others, nor another exchange or
    // timeframe. A universe built in code may mix timeframes (research); only a uniform one is held to the package's.
    private static IEnumerable<string> Covers(StrategyPackage package, TradingUniverse universe)
    {
        var symbols = package.Universe.Symbols.Select(s => Symbol.TryParse(s, out var sym, out _) ? sym : default).ToHashSet();
        for (var i = 0; i < universe.Count; i++)
        {
            if (!symbols.Contains(universe.SymbolOf(i)))
            {
                yield return $"universe.symbols: expected to include {universe.SymbolOf(i)}, which the host trades (package: {string.Join(", ", package.Universe.Symbols)})";
            }
        }

        if (universe.Count == 0) yield break;
        var uniform = Enumerable.Range(0, universe.Count).All(i => universe.ExchangeOf(i) == universe.ExchangeOf(0) && universe.TimeframeOf(i) == universe.TimeframeOf(0));
        if (!uniform) yield break;
        if (Exchange.TryParse(package.Universe.Exchange, out var exchange, out _) && exchange != universe.ExchangeOf(0))
        {
            yield return $"universe.exchange: expected {universe.ExchangeOf(0)} (the host's data), got {package.Universe.Exchange}";
        }

        if (Timeframe.TryParse(package.Universe.Timeframe, out var timeframe) && timeframe != universe.TimeframeOf(0))
        {
            yield return $"universe.timeframe: expected {universe.TimeframeOf(0)} (the host's data), got {package.Universe.Timeframe}";
        }
    }
}
