using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Sweeps;
using CryptoSmartTrader.Cli.Commands.Backtest;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Cli.Commands.Sweep;

/// <summary>
/// The parameters <c>cst sweep --param</c> can vary, each applied to the selection before its blueprint is built, so a cell
/// is exactly the <c>cst backtest</c> run with those options.
/// </summary>
internal static class SweepParameters
{
    private static readonly Dictionary<string, (string Help, Func<Selection, double, Selection> Apply)> Known = new(StringComparer.Ordinal)
    {
        ["fast"] = ("sma-cross fast window (bars)", (s, v) => s with { Fast = Whole(v, "fast") }),
        ["slow"] = ("sma-cross slow window (bars)", (s, v) => s with { Slow = Whole(v, "slow") }),
        ["fee"] = ("maker and taker fee in percent", (s, v) => s with { Fees = FeeSchedule.ParsePercent(FormattableString.Invariant($"{v},{v}")) }),
        ["slippage-bps"] = ("fixed slippage in basis points", (s, v) => s with { Slippage = new FixedBpsSlippage(v), SlippageText = FormattableString.Invariant($"fixed:{v}") }),
        ["latency-ms"] = ("order latency in milliseconds", (s, v) => s with { Latency = TimeSpan.FromMilliseconds(v) }),
        ["vol-shock"] = ("volatility-shock kill switch in sigmas (0: off)", (s, v) => s with { VolShock = v }),
    };

    public static string Help => string.Join("; ", Known.Select(k => $"{k.Key}: {k.Value.Help}"));

    public static void Check(IEnumerable<string> names)
    {
        foreach (var n in names)
        {
            if (!Known.ContainsKey(n)) throw new CliUsageException($"--param {n}: unknown parameter; expected one of {string.Join(", ", Known.Keys)}");
        }
    }

    public static Func<SweepCell, KernelBlueprint> Builder(Selection selection, CliContext context, double stopLossPercent) => cell =>
    {
        var s = selection;
        for (var i = 0; i < cell.Names.Count; i++) s = Known[cell.Names[i]].Apply(s, cell.Values[i]);
        return StrategyFactory.Blueprint(s, context, stopLossPercent: stopLossPercent);
    };

    private static int Whole(double v, string name) =>
        v == Math.Floor(v) && v is >= 1 and <= int.MaxValue ? (int)v : throw new ArgumentException($"{name}: expected a whole number of bars >= 1, got {v}");
}
