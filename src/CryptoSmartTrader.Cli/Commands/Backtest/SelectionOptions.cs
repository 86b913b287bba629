using System.CommandLine;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// The options shared by <c>cst backtest</c> and <c>cst analyze …</c>: what to trade, when, with which strategy and costs.
/// Each instance holds fresh <see cref="Option"/> objects, so it can be added to one command.
/// </summary>
internal sealed class SelectionOptions
{
    public Option<string?> Strategy { get; } = new("--strategy") { Description = "Rule strategy: sma-cross (default when no --model)" };
    public Option<string?> Model { get; } = new("--model") { Description = "A registered model name (see cst models list); trades its calibrated predictions" };
    public Option<string> Exchange { get; } = new("--exchange") { Description = "Venue id", DefaultValueFactory = _ => "binance" };
    public Option<string?> Symbols { get; } = new("--symbols") { Description = "Comma-separated pairs, e.g. BTC/USDT,ETH/USDT (required unless --package)" };
    public Option<string> Timeframe { get; } = new("--timeframe") { Description = "Bar timeframe", DefaultValueFactory = _ => "1h" };
    public Option<DateTimeOffset?> From { get; } = CommonOptions.Time("--from", "First bar close that may trade");
    public Option<DateTimeOffset?> To { get; } = CommonOptions.Time("--to", "Last bar close processed");
    public Option<int> Warmup { get; } = new("--warmup") { Description = "Bars per symbol before --from that warm indicators without trading", DefaultValueFactory = _ => 200 };
    public Option<int> Fast { get; } = new("--fast") { Description = "sma-cross fast window (bars)", DefaultValueFactory = _ => 20 };
    public Option<int> Slow { get; } = new("--slow") { Description = "sma-cross slow window (bars)", DefaultValueFactory = _ => 50 };
    public Option<string?> Fees { get; } = new("--fees") { Description = "maker,taker fees in percent (e.g. 0.1,0.1); default: the venue's base tier" };
    public Option<string> Slippage { get; } = new("--slippage") { Description = "fixed:BPS | sqrt[:COEF] | book", DefaultValueFactory = _ => "fixed:5" };
    public Option<string> Latency { get; } = new("--latency") { Description = "Order latency, e.g. 250ms, 2s, 1m", DefaultValueFactory = _ => "0ms" };
    public Option<double?> VolShock { get; } = new("--vol-shock") { Description = "Kill-switch trigger: a bar return above this many EWMA sigmas halts trading (default: the risk engine's; 0 disables)" };
    public Option<decimal> Cash { get; } = new("--cash") { Description = "Initial cash in the quote currency", DefaultValueFactory = _ => 10_000m };
    public Option<string?> Source { get; } = new("--source") { Description = "Read candles from a shared-datasets folder (default: the store, else the datasets found by DatasetLocator)" };
    public Option<string> Db { get; } = CommonOptions.Db();
    public Option<string> ModelsDir { get; } = Models.ModelsCliSupport.ModelsDir();
    public Option<bool> Json { get; } = CommonOptions.Json();

    /// <summary>The options that decide orders: each lands in the strategy package, so none may be given with <c>--package</c>.</summary>
    public IEnumerable<Option> OrderOptions => [Strategy, Model, Exchange, Symbols, Timeframe, Fast, Slow, Fees, Slippage, Latency, VolShock, Cash];

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Strategy, Model, Exchange, Symbols, Timeframe, From, To, Warmup, Fast, Slow, Fees, Slippage, Latency, VolShock, Cash, Source, Db, ModelsDir, Json })
        {
            command.Add(o);
        }
    }
}
