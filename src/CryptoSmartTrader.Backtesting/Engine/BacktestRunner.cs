using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// The event-driven backtest: merges the symbols' candle series by close time, advances a <see cref="SimulatedClock"/>
/// to each close and hands the bars that closed then to the one trading kernel (through a <see cref="KernelSession"/>).
/// There is no trading logic here — only the feed. Deterministic: the same inputs give the same orders (hash).
/// </summary>
public static class BacktestRunner
{
    public static BacktestResult Run(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, BacktestOptions options, BacktestSettings settings,
        double? pbo = null)
    {
        var session = Drive(series, blueprint, options);
        return session.BuildResult(settings, Traded(series, options), options.Metrics, pbo);
    }

    /// <summary>Runs the kernel over the period and returns the session (for callers that need more than the result).</summary>
    /// <param name="recordEquity">False when <paramref name="afterStep"/> reads the equity itself (a sweep cell): no equity points are kept.</param>
    /// <param name="recordDecisions">False when nothing reads the decisions (a sweep cell): they are not kept.</param>
    public static KernelSession Drive(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, BacktestOptions options,
        Action<KernelSession, DateTimeOffset>? beforeStep = null, bool recordEquity = true, Action<KernelSession>? afterStep = null,
        bool recordDecisions = true)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var universe = UniverseOf(series);
        var stream = new MergedBarStream(series);
        var startMs = WarmupStartMs(series, options.From, options.WarmupBars);
        stream.SkipTo(startMs);
        var clock = new SimulatedClock(DateTimeOffset.FromUnixTimeMilliseconds(startMs));
        var session = new KernelSession(blueprint, universe, clock, Fed(series, startMs, options.To), recordDecisions) { RecordEquity = recordEquity };
        var fromMs = options.From.ToUnixTimeMilliseconds();
        var toMs = options.To.ToUnixTimeMilliseconds();
        var columns = series.ToArray(); // an array, not the interface: one bar per symbol and step is read through it
        while (stream.MoveNext() && stream.TimeMs <= toMs)
        {
            var time = stream.Time;
            clock.AdvanceTo(time);
            session.Trading = stream.TimeMs >= fromMs;
            beforeStep?.Invoke(session, time);
            Feed(session, columns, stream, time);
            afterStep?.Invoke(session);
        }

        return session;
    }

    /// <summary>One step: the bars of the symbols present at this close, then the kernel.</summary>
    internal static void Feed(KernelSession session, CandleSeries[] series, MergedBarStream stream, DateTimeOffset time)
    {
        session.BeginStep(time);
        foreach (var s in stream.Present)
        {
            session.AddBar(s, Bar.FromSeries(series[s], stream.BarIndexOf(s)));
        }

        session.EndStep();
    }

    /// <summary>A universe with one entry per series, in the given order; duplicates and empty input are refused.</summary>
    public static TradingUniverse UniverseOf(IReadOnlyList<CandleSeries> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0) throw new ArgumentException("backtest: expected at least one candle series", nameof(series));
        var universe = new TradingUniverse();
        foreach (var s in series)
        {
            if (universe.IndexOf(s.Symbol) >= 0)
            {
                throw new ArgumentException($"backtest: {s.Symbol} appears twice; give each symbol once", nameof(series));
            }

            universe.Add(s.Exchange, s.Symbol, s.Timeframe);
        }

        return universe;
    }

    /// <summary>The close time of the earliest warm-up bar: per symbol, <paramref name="warmupBars"/> bars before its first bar closing at or after <paramref name="from"/>.</summary>
    internal static long WarmupStartMs(IReadOnlyList<CandleSeries> series, DateTimeOffset from, int warmupBars)
    {
        var fromMs = from.ToUnixTimeMilliseconds();
        var start = fromMs;
        foreach (var s in series)
        {
            var first = s.IndexOfLastClosedAt(from.AddTicks(-1)) + 1;
            var w = Math.Max(0, first - warmupBars);
            if (w < s.Count && w < first) start = Math.Min(start, s.CloseTimeMs[w]);
        }

        return start;
    }

    /// <summary>
    /// The bars the run feeds the kernel: per symbol, those closing from the warm-up start to <paramref name="to"/>. An alpha built
    /// from the run's data (<see cref="KernelBlueprint.AlphaOnData"/>) is given these and no others, because a model's features
    /// with long memory (on-balance volume, accumulation/distribution and the volume indexes cumulate from the first bar; EMAs
    /// decay from it) depend on where the history starts: the bot's history starts at the same warm-up bar, so a model's
    /// precomputed predictions here equal its bar-by-bar ones there. Loaded bars before the warm-up start (the loader keeps a
    /// spare one) would shift those features.
    /// </summary>
    internal static IReadOnlyList<CandleSeries> Fed(IReadOnlyList<CandleSeries> series, long startMs, DateTimeOffset to) =>
        series.Select(s => s.SliceByCloseTime(DateTimeOffset.FromUnixTimeMilliseconds(startMs), to)).ToArray();

    /// <summary>The traded part of each series (for the buy-and-hold benchmark).</summary>
    internal static IReadOnlyList<CandleSeries> Traded(IReadOnlyList<CandleSeries> series, BacktestOptions options) =>
        series.Select(s => s.SliceByCloseTime(options.From, options.To)).ToArray();
}
