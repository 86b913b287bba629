using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Strategies;

/// <summary>
/// Start-up check that a LIVE strategy is long-only. The live venue trades a spot account, which cannot hold a negative
/// position: a short sell would be rejected by the exchange order by order, and a dollar-neutral top-k book would run as
/// its long leg alone with half the budget — a different strategy from the one backtested. Paper and replay trade the
/// simulated venue, which books shorts as <c>cst backtest</c> does (production parity covers a long/short top-k book).
/// </summary>
internal static class LiveShorts
{
    public static IReadOnlyList<string> Check(BotOptions options, Strategy strategy)
    {
        if (options.Mode != BotMode.Live) return [];
        var package = strategy.Package;
        var errors = new List<string>();
        // A top-k section left out is long/short by default (StrategyKernelFactory.Construction).
        const string why = "LIVE mode trades a spot account, which cannot hold a negative position (paper and replay modes simulate shorts)";
        if (package.Construction.Kind == ConstructionSpec.TopKKind && (package.Construction.TopK?.LongShort ?? true))
        {
            errors.Add($"{strategy.Source}: construction.topK.longShort: true (a long/short book) but {why}; expected false for a long-only top-k book");
        }

        if (package.Risk.AllowShort) errors.Add($"{strategy.Source}: risk.allowShort: true but {why}; expected false");
        return errors;
    }
}
