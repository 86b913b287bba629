using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>
/// Recursive / warm-up analysis: runs the same period with several warm-up lengths and compares each with the longest
/// (the reference). Recursive indicators (EMA, Wilder smoothing) and stateful alphas give different values and
/// decisions when started too late; the report says by how much and which warm-up is enough.
/// Feature deviation = |x − x_ref| / max(1, |x_ref|) at the first traded bar (NaN vs a number counts as 1).
/// </summary>
public static class RecursiveAnalysis
{
    public static RecursiveReport Run(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, BacktestOptions options, RecursiveOptions? recursive = null)
    {
        recursive ??= new RecursiveOptions();
        recursive.Validate();
        options.Validate();
        var warmups = recursive.WarmupBars.Distinct().OrderBy(w => w).ToArray();
        var referenceWarmup = warmups[^1];
        var reference = BiasRun.Execute(series, blueprint, With(options, referenceWarmup));
        var refFeatures = Features(series, options, referenceWarmup, recursive.Features);
        var rows = new List<RecursiveRow>();
        foreach (var w in warmups)
        {
            var run = w == referenceWarmup ? reference : BiasRun.Execute(series, blueprint, With(options, w));
            DateTimeOffset? last = null;
            var refInsights = reference.Insights.Where(r => r.TimeMs >= options.From.ToUnixTimeMilliseconds()).ToDictionary(r => (r.TimeMs, r.Symbol));
            var insightDev = 0;
            foreach (var r in run.Insights)
            {
                if (r.TimeMs < options.From.ToUnixTimeMilliseconds()) continue;
                if (!refInsights.TryGetValue((r.TimeMs, r.Symbol), out var x) || !BiasRun.Same(x.Insight, r.Insight, recursive.Tolerance))
                {
                    insightDev++;
                    last = Max(last, DateTimeOffset.FromUnixTimeMilliseconds(r.TimeMs));
                }
            }

            var decisionDev = 0;
            var n = Math.Max(reference.Decisions.Count, run.Decisions.Count);
            for (var k = 0; k < n; k++)
            {
                var inBoth = k < reference.Decisions.Count && k < run.Decisions.Count;
                if (inBoth && reference.Decisions[k].Time == run.Decisions[k].Time && BiasRun.Same(reference.Decisions[k], run.Decisions[k], recursive.Tolerance)) continue;
                decisionDev++;
                last = Max(last, k < run.Decisions.Count ? run.Decisions[k].Time : reference.Decisions[k].Time);
            }

            var sameOrders = reference.Session.OrderListHash() == run.Session.OrderListHash();
            var features = Features(series, options, w, recursive.Features);
            var deviation = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var (name, value) in features)
            {
                var x = refFeatures.GetValueOrDefault(name, double.NaN);
                deviation[name] = Math.Max(deviation.GetValueOrDefault(name), Deviation(x, value));
            }

            rows.Add(new RecursiveRow(w, run.Session.WarmupSteps, insightDev, decisionDev, last, sameOrders, deviation));
        }

        var sufficient = rows.FirstOrDefault(r => r.InsightDeviations == 0 && r.DecisionDeviations == 0 && r.SameOrders && r.WarmupBars != referenceWarmup)?.WarmupBars;
        return new RecursiveReport(referenceWarmup, rows, sufficient);
    }

    private static BacktestOptions With(BacktestOptions o, int warmup) => new() { From = o.From, To = o.To, WarmupBars = warmup, Metrics = o.Metrics };

    /// <summary>Feature values at the first bar closing at or after From, per "symbol:column", on the data a run with <paramref name="warmup"/> sees.</summary>
    private static Dictionary<string, double> Features(IReadOnlyList<CandleSeries> series, BacktestOptions options, int warmup, IReadOnlyList<IFeatureSet> sets)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (sets.Count == 0) return values;
        foreach (var s in series)
        {
            var seen = LookaheadAnalysis.DataSeen(s, With(options, warmup));
            var row = seen.IndexOfLastClosedAt(options.From.AddTicks(-1)) + 1;
            if (row >= seen.Count) continue;
            var (names, cols) = FeatureSetRegistry.Compute(sets, seen);
            for (var c = 0; c < names.Count; c++) values[$"{s.Symbol}:{names[c]}"] = cols[c][row];
        }

        return values;
    }

    private static double Deviation(double reference, double value) =>
        double.IsNaN(reference) && double.IsNaN(value) ? 0
        : double.IsNaN(reference) || double.IsNaN(value) ? 1
        : Math.Abs(value - reference) / Math.Max(1, Math.Abs(reference));

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
