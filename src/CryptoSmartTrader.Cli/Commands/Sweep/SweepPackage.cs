using CryptoSmartTrader.Cli.Commands.Backtest;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Packages;
using CryptoSmartTrader.Trading.Risk;

namespace CryptoSmartTrader.Cli.Commands.Sweep;

/// <summary>
/// The package a sweep varies: <c>--package FILE</c> (read strictly), or the package of the <c>cst backtest</c> options given
/// (symbols, sma-cross windows, fees, slippage, latency, cash, kill switch, stop), so a cell equals that backtest.
/// </summary>
internal static class SweepPackage
{
    public static StrategyPackage Resolve(string? file, Selection s, double stopLossPercent)
    {
        if (file is not null)
        {
            var loaded = StrategyPackageJson.Load(file);
            if (!loaded.Ok) throw new CliUsageException($"--package: {loaded.Error}");
            // The sweep's cells build their kernels without a registry: a trained cross-sectional model is not opened here.
            if (loaded.Value!.Alpha.Kind == AlphaSpec.XsModelKind)
            {
                throw new CliUsageException($"--package: alpha.kind {AlphaSpec.XsModelKind} trades a registered model, which cst sweep does not open; " +
                                            "expected a rule alpha (sma-cross, xs-factor); backtest the package with cst backtest --package");
            }

            return loaded.Value;
        }

        var risk = RiskOptions.ForResearch();
        if (s.VolShock is { } sigmas) risk.VolatilityShockSigmas = sigmas;
        var p = new StrategyPackage
        {
            Name = "sweep",
            Description = "cst sweep options",
            Universe = new UniverseSpec { Exchange = s.Exchange.Id, Timeframe = s.Timeframe.Code, Symbols = s.Symbols.Select(x => x.ToString()).ToList() },
            Account = new AccountSpec { InitialCash = s.Cash, Currency = s.Symbols[0].Quote },
            Alpha = new AlphaSpec { Kind = AlphaSpec.SmaCrossKind, Sma = new SmaCrossOptions { Fast = s.Fast, Slow = s.Slow } },
            Risk = risk,
            Venue = new VenueSpec { MakerFee = s.Fees.Maker, TakerFee = s.Fees.Taker, Slippage = s.SlippageText, LatencyMs = s.Latency.TotalMilliseconds },
        };
        p.Execution.StopLossPercent = stopLossPercent;
        return p;
    }
}
