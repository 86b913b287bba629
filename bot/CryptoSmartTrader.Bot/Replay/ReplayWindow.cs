using System.Globalization;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Strategies;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Bot.Replay;

/// <summary>
/// The window of a <c>--from/--until</c> replay: which bars the bot steps through (the same ones <c>cst backtest</c> steps
/// through for that period and warm-up) and, at the end, the run written as the backtest writes it.
/// </summary>
internal sealed class ReplayWindow(ReplayWindowOptions options, Strategy strategy)
{
    // Model features need this much history before the first traded close; cst backtest extends a model run's warm-up to it.
    private static readonly TimeSpan ModelWarmUp = TimeSpan.FromDays(60);

    public DateTimeOffset From { get; } = options.FromTime;
    public DateTimeOffset Until { get; } = options.UntilTime;
    public string? Out { get; } = options.Out;

    public int WarmupBars { get; } = strategy.Package.Alpha.Kind is (AlphaSpec.ModelsKind or AlphaSpec.XsModelKind) && strategy.Timeframe.IsFixed
        ? Math.Max(options.WarmupBars, (int)(ModelWarmUp / strategy.Timeframe.Duration))
        : options.WarmupBars;

    /// <summary>
    /// The series cut to the window: per symbol from <see cref="WarmupBars"/> bars before its first close at or after
    /// <see cref="From"/> (the earliest of those starts for every symbol, as the backtest's merged stream starts) up to <see cref="Until"/>.
    /// </summary>
    public IReadOnlyList<CandleSeries> Cut(IReadOnlyList<CandleSeries> series)
    {
        var fromMs = From.ToUnixTimeMilliseconds();
        var start = fromMs;
        foreach (var s in series)
        {
            var closes = s.CloseTimeMs;
            var first = 0;
            while (first < closes.Length && closes[first] < fromMs) first++;
            var w = Math.Max(0, first - WarmupBars);
            if (w < s.Count && w < first) start = Math.Min(start, closes[w]);
        }

        return series.Select(s => s.SliceByCloseTime(DateTimeOffset.FromUnixTimeMilliseconds(start), Until)).Where(s => !s.IsEmpty).ToList();
    }

    /// <summary>Writes DIR/result.json (and the backtest's CSVs) from the session's recording; returns the line to show.</summary>
    public async Task<string> WriteAsync(BotSession session, Strategy strategy, IReadOnlyList<CandleSeries> series, CancellationToken ct)
    {
        var package = strategy.Package;
        var settings = new BacktestSettings("bot-replay:" + package.Name, strategy.Exchange, session.Universe.Symbols.ToList(), strategy.Timeframe, From, Until,
            strategy.InitialCash, strategy.AccountCurrency, WarmupBars, false, StrategyKernelFactory.Costs(package))
        {
            Risk = StrategyKernelFactory.LadderSettings(package),
        };
        BacktestResult result;
        lock (session.Gate) result = session.Recording.BuildResult(settings, series.Select(s => s.SliceByCloseTime(From, Until)).ToArray());
        if (Out is null) return "replay window finished (no --out given, nothing written)";
        await ResultsWriter.WriteAsync(result, Out, ct);
        await StrategyPackageJson.SaveAsync(package, Path.Combine(Out, "package.json"), ct);
        return string.Create(CultureInfo.InvariantCulture,
            $"replay window {From:O} to {Until:O} finished: {result.Orders.Count} orders, order-list hash {result.OrderListHash}, final equity {result.Metrics.FinalEquity}; written to {Path.GetFullPath(Out)}/result.json");
    }
}
