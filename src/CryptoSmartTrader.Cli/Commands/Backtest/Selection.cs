using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Cli.Commands.Data;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Risk;
using CryptoSmartTrader.Trading.Simulation;
using Symbol = CryptoSmartTrader.Core.Markets.Symbol;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>The parsed, validated selection; every bad value is a usage error naming its option.</summary>
internal sealed record Selection(
    string Strategy,
    string? Model,
    Exchange Exchange,
    IReadOnlyList<Symbol> Symbols,
    Timeframe Timeframe,
    DateTimeOffset From,
    DateTimeOffset To,
    int WarmupBars,
    int Fast,
    int Slow,
    FeeSchedule Fees,
    string SlippageText,
    ISlippageModel Slippage,
    TimeSpan Latency,
    decimal Cash,
    double? VolShock,
    string? Source,
    string Db,
    string ModelsDir,
    bool Json)
{
    public static Selection Parse(ParseResult parse, SelectionOptions o)
    {
        var exchange = StoreCliSupport.ParseExchange(parse.GetValue(o.Exchange))!.Value;
        var symbolsText = parse.GetValue(o.Symbols) ?? throw new CliUsageException("--symbols: required (comma-separated pairs such as BTC/USDT,ETH/USDT), unless --package gives them");
        var symbols = symbolsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => StoreCliSupport.ParseSymbol(s, "--symbols")).ToArray();
        if (symbols.Length == 0) throw new CliUsageException("--symbols: expected at least one pair such as BTC/USDT");
        if (symbols.Distinct().Count() != symbols.Length) throw new CliUsageException($"--symbols: each pair may appear once, got '{parse.GetValue(o.Symbols)}'");
        var tf = StoreCliSupport.ParseTimeframe(parse.GetValue(o.Timeframe))!.Value;
        var from = parse.GetValue(o.From) ?? throw new CliUsageException("--from: required, e.g. --from 2024-01-01");
        var to = parse.GetValue(o.To) ?? throw new CliUsageException("--to: required, e.g. --to 2024-03-01");
        if (to <= from) throw new CliUsageException($"--to ({StoreCliSupport.Iso(to)}) must be after --from ({StoreCliSupport.Iso(from)})");
        var warmup = parse.GetValue(o.Warmup);
        if (warmup < 0) throw new CliUsageException($"--warmup: expected a number of bars >= 0, got {warmup}");
        if (parse.GetValue(o.Model) is not null && tf.IsFixed)
        {
            // Model features (returns, long indicators) need more history than a rule; the model commands load 60 days.
            warmup = Math.Max(warmup, (int)(Models.ModelsCliSupport.WarmUp / tf.Duration));
        }
        var model = parse.GetValue(o.Model);
        var strategy = parse.GetValue(o.Strategy);
        if (model is not null && strategy is not null) throw new CliUsageException("--strategy and --model: give one of them, not both");
        strategy = model is null ? (strategy ?? "sma-cross").Trim().ToLowerInvariant() : "model:" + model;
        if (model is null && strategy != "sma-cross") throw new CliUsageException($"--strategy: expected sma-cross, got '{parse.GetValue(o.Strategy)}'");
        var (fast, slow) = (parse.GetValue(o.Fast), parse.GetValue(o.Slow));
        if (fast < 1 || slow <= fast) throw new CliUsageException($"--fast/--slow: expected 1 <= fast < slow, got {fast} and {slow}");
        var cash = parse.GetValue(o.Cash);
        if (cash <= 0) throw new CliUsageException($"--cash: expected an amount > 0, got {cash}");
        var slippageText = parse.GetValue(o.Slippage)!;
        var volShock = parse.GetValue(o.VolShock);
        if (volShock is < 0 || (volShock is { } v && !double.IsFinite(v))) throw new CliUsageException($"--vol-shock: expected a number of sigmas >= 0, got {volShock}");
        return new Selection(strategy, model, exchange, symbols, tf, from, to, warmup, fast, slow, ParseFees(parse.GetValue(o.Fees), exchange),
            slippageText, ParseSlippage(slippageText), ParseLatency(parse.GetValue(o.Latency)!), cash, volShock, parse.GetValue(o.Source), parse.GetValue(o.Db)!,
            parse.GetValue(o.ModelsDir)!, parse.GetValue(o.Json));
    }

    public IReadOnlyDictionary<string, string> Costs => new Dictionary<string, string>
    {
        ["makerFee"] = Fees.Maker.ToString(CultureInfo.InvariantCulture),
        ["takerFee"] = Fees.Taker.ToString(CultureInfo.InvariantCulture),
        ["slippage"] = Slippage.Name,
        ["latencyMs"] = Latency.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
        ["volatilityShockSigmas"] = (VolShock ?? new RiskOptions().VolatilityShockSigmas).ToString(CultureInfo.InvariantCulture),
    };

    internal static FeeSchedule ParseFees(string? text, Exchange exchange)
    {
        if (text is null)
        {
            return exchange.IsSupported ? ExchangeProfiles.For(exchange).Fees
                : throw new CliUsageException($"--fees: no default fee schedule for '{exchange}'; give --fees maker,taker in percent");
        }

        try
        {
            return FeeSchedule.ParsePercent(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            throw new CliUsageException($"--fees: {ex.Message}");
        }
    }

    internal static ISlippageModel ParseSlippage(string text) =>
        SlippageModels.TryParse(text, out var model, out var error) ? model : throw new CliUsageException($"--slippage: {error}");

    internal static TimeSpan ParseLatency(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        var (number, unit) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 1.0)
            : t.EndsWith('s') ? (t[..^1], 1000.0)
            : t.EndsWith('m') ? (t[..^1], 60_000.0)
            : (t, double.NaN);
        if (double.IsNaN(unit) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0)
        {
            throw new CliUsageException($"--latency: expected a duration such as 250ms, 2s or 1m, got '{text}'");
        }

        return TimeSpan.FromMilliseconds(n * unit);
    }
}
