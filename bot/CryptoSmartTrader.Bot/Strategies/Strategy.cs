using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// A validated strategy: the <see cref="StrategyPackage"/> that decides every order (a package file as given, or a
/// strategy file translated into one) plus what the bot resolved from it. <see cref="Models"/> is empty for a rule (sma-cross);
/// <see cref="XsModel"/> is the opened model of an <c>xs-model</c> package.
/// </summary>
internal sealed record Strategy(Exchange Exchange, Timeframe Timeframe, IReadOnlyList<Symbol> Symbols, string Kind, StrategyPackage Package, string Source,
    IReadOnlyList<ModelLane>? Models = null, CrossSectionalModelSource? XsModel = null)
{
    public SmaCrossOptions Sma => Package.Alpha.Sma;
    public decimal InitialCash => Package.Account.InitialCash;
    public string AccountCurrency => StrategyKernelFactory.AccountCurrency(Package);
    public double RebalanceThreshold => Package.Account.RebalanceThreshold;
    public RiskOptions Risk => Package.Risk;

    /// <summary>The same strategy with the account's starting cash (live mode books what the exchange holds).</summary>
    public Strategy WithInitialCash(decimal cash)
    {
        var package = Package.Clone();
        package.Account.InitialCash = cash;
        return this with { Package = package };
    }

    /// <summary>The kernel's alpha for <paramref name="universe"/> (the symbols that have data, a subset of <see cref="Symbols"/>).</summary>
    public IAlphaModel CreateAlpha(TradingUniverse universe) => Models is { Count: > 0 } models
        ? new ModelStrategyAlpha(models, universe)
        : XsModel is { } xs ? xs.CreateAlpha(universe, Package.Alpha.XsModel!.Confidence, Package.Alpha.XsModel.PayoffRatio)
        : StrategyKernelFactory.RuleAlpha(Package, universe);
}
