using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Execution;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>Builds the kernel blueprint (alpha, simulated venue with the selected costs, account) for a selection.</summary>
internal static class StrategyFactory
{
    /// <summary>
    /// The blueprint of a selection. With <paramref name="retrainModel"/> (walk-forward) a <c>--model</c> is not opened:
    /// only its recipe is retrained per window, so its own training period does not make the run in-sample.
    /// </summary>
    /// <param name="stopLossPercent">Protective stop distance from the entry in percent (0: none), see <see cref="ExecutionOptions.StopLossPercent"/>.</param>
    public static KernelBlueprint Blueprint(Selection s, CliContext context, bool retrainModel = false, double stopLossPercent = 0)
    {
        var quotes = s.Symbols.Select(x => x.Quote).Distinct().ToArray();
        if (quotes.Length != 1)
        {
            throw new CliUsageException($"--symbols: every pair must share one quote currency (the account currency), got {string.Join(", ", quotes)}");
        }

        var profile = (s.Exchange.IsSupported ? ExchangeProfiles.For(s.Exchange) : new ExchangeProfile(s.Exchange, s.Fees, ExchangeProfiles.Binance.DefaultRules))
            .WithFees(s.Fees);
        var modelAlpha = s.Model is null || retrainModel ? null : ModelAlpha.Create(ModelAlpha.Open(s.Model, s.ModelsDir, s.From, context));
        return new KernelBlueprint
        {
            Alpha = u => modelAlpha is null ? new SmaCrossAlphaModel(u.Count, new SmaCrossOptions { Fast = s.Fast, Slow = s.Slow })
                : throw new CliFailureException("--model: the model alpha is computed from the run's candles"),
            AlphaOnData = modelAlpha,
            Venue = u => new SimulatedVenue(profile, u, new SimulatedVenueOptions { Latency = s.Latency, Slippage = s.Slippage }),
            Options = () => new TradingKernelOptions { InitialCash = s.Cash, AccountCurrency = quotes[0] },
            Execution = stopLossPercent > 0 ? () => new ExecutionModel(new ExecutionOptions { StopLossPercent = stopLossPercent }) : null,
            Risk = s.VolShock is { } sigmas ? () => new RiskOptions { VolatilityShockSigmas = sigmas } : null,
        };
    }

    public static BacktestSettings Settings(Selection s, bool walkForward, string strategyName) =>
        new(strategyName, s.Exchange, s.Symbols, s.Timeframe, s.From, s.To, s.Cash, s.Symbols[0].Quote, s.WarmupBars, walkForward, s.Costs);
}
