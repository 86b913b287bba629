using System.Globalization;
using CryptoSmartTrader.Backtesting.Bias;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;
using CryptoSmartTrader.Reporting.Charts;
using Plotly.NET;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Exchanges;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Simulation;

namespace CryptoSmartTrader.Research.Session;

/// <summary>
/// Backtests of kernel blueprints and their bias checks (<c>session.Backtests</c>), as <c>cst backtest</c> runs them, with
/// the result files and charts. Stateless; a package's backtest is <see cref="ResearchPackages.Backtest"/>.
/// </summary>
public sealed class ResearchBacktests
{
    /// <summary>The kernel set-up of <c>cst backtest --strategy sma-cross</c> with the exchange's default fees and the simulator's
    /// default slippage, spread and latency (docs/assumptions.md).</summary>
    public KernelBlueprint SmaCrossBlueprint(IReadOnlyList<CandleSeries> series, int fast = 20, int slow = 50, decimal cash = 10_000m) =>
        KernelBlueprint.FromPackage(ResearchPackages.SmaCross(series, fast, slow, cash, null));

    /// <summary>Runs the trading kernel over the bars opening in [<paramref name="from"/>, <paramref name="to"/>) with the simulated venue
    /// (bars before <paramref name="from"/> only warm the indicators up).</summary>
    public BacktestResult Run(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, DateTimeOffset from, DateTimeOffset to,
        string strategy, int warmupBars = 200, decimal cash = 10_000m)
    {
        var (exchange, quote) = Market(series);
        var fees = ExchangeProfiles.For(exchange).Fees;
        var costs = new Dictionary<string, string>
        {
            ["makerFee"] = fees.Maker.ToString(CultureInfo.InvariantCulture),
            ["takerFee"] = fees.Taker.ToString(CultureInfo.InvariantCulture),
            ["slippage"] = new SimulatedVenueOptions().Slippage.Name,
            ["latencyMs"] = "0",
        };
        var settings = new BacktestSettings(strategy, exchange, series.Select(s => s.Symbol).ToArray(), series[0].Timeframe, from, to, cash, quote,
            warmupBars, false, costs);
        return BacktestRunner.Run(series, blueprint, Window(from, to, warmupBars), settings);
    }

    /// <summary>Lookahead check: re-runs on data truncated at sample points and reports anything that changed once later bars were present.</summary>
    public LookaheadReport LookaheadCheck(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, DateTimeOffset from, DateTimeOffset to,
        int points = 10, string features = "ta", int warmupBars = 200) =>
        LookaheadAnalysis.Run(series, blueprint, Window(from, to, warmupBars), new LookaheadOptions { Points = points, Features = Sets(features) });

    /// <summary>Recursive (warm-up) check: how results depend on the number of warm-up bars.</summary>
    public RecursiveReport RecursiveCheck(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, DateTimeOffset from, DateTimeOffset to,
        IReadOnlyList<int>? warmups = null, string features = "ta")
    {
        var options = warmups is null ? new RecursiveOptions { Features = Sets(features) } : new RecursiveOptions { WarmupBars = warmups, Features = Sets(features) };
        return RecursiveAnalysis.Run(series, blueprint, Window(from, to, 0), options);
    }

    /// <summary>Writes result.json and the CSV files (docs/backtest-results.md) that <c>cst report backtest</c> renders.</summary>
    public Task WriteResultsAsync(BacktestResult result, string directory, CancellationToken cancellationToken = default) =>
        ResultsWriter.WriteAsync(result, directory, cancellationToken);

    /// <summary>Equity above its drawdown, with buy-and-hold when the run has it.</summary>
    public GenericChart EquityCurve(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var times = result.Equity.Select(p => p.Time).ToArray();
        var benchmark = result.Benchmark.Count == result.Equity.Count ? result.Benchmark.Select(p => (double)p.Equity).ToArray() : null;
        return EquityChart.Create(times, result.Equity.Select(p => (double)p.Equity).ToArray(), benchmark, title: $"{result.Settings.Strategy}: equity and drawdown");
    }

    /// <summary>Monthly returns of the equity curve as a year × month heatmap.</summary>
    public GenericChart MonthlyReturns(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MonthlyReturnsHeatmap.Create(result.Equity.Select(p => p.Time).ToArray(), result.Equity.Select(p => (double)p.Equity).ToArray(),
            $"{result.Settings.Strategy}: monthly returns");
    }

    internal static BacktestOptions Window(DateTimeOffset from, DateTimeOffset to, int warmupBars) => new() { From = from, To = to, WarmupBars = warmupBars };

    private static IReadOnlyList<IFeatureSet> Sets(string name) =>
        FeatureSetRegistry.CreateDefault().TryResolve(name, out var sets, out var error) ? sets : throw new ArgumentException(error, nameof(name));

    internal static (Exchange Exchange, string Quote) Market(IReadOnlyList<CandleSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0 || series.Any(s => s.IsEmpty))
        {
            throw new ArgumentException("backtest: expected at least one non-empty candle series", nameof(series));
        }

        var quotes = series.Select(s => s.Symbol.Quote).Distinct().ToArray();
        return quotes.Length == 1 ? (series[0].Exchange, quotes[0])
            : throw new ArgumentException($"backtest: every pair must share one quote currency (the account currency), got {string.Join(", ", quotes)}", nameof(series));
    }
}
