using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Features.Sets;

namespace CryptoSmartTrader.Backtesting.Bias;

/// <summary>
/// Lookahead analysis: the run on all data is the reference; at each truncation point t the run is repeated on data
/// cut at t (only bars closed at or before t exist) and everything known at t is compared — every feature column at
/// the bar closing at t, every insight (prediction) at t, every decision at t, and the list of orders sent up to t.
/// Any difference means the strategy used data from after t. Runs use market orders (see <see cref="BiasRun"/>).
/// </summary>
public static class LookaheadAnalysis
{
    public static LookaheadReport Run(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, BacktestOptions options, LookaheadOptions? lookahead = null)
    {
        lookahead ??= new LookaheadOptions();
        lookahead.Validate();
        options.Validate();
        var full = BiasRun.Execute(series, blueprint, options);
        var points = PickPoints(full.Session.Equity.Select(e => e.Time).ToArray(), lookahead.Points);
        var findings = new Findings(lookahead.MaxFindings);
        int features = 0, insights = 0, decisions = 0, orders = 0;
        var biasedFeatures = new SortedSet<string>(StringComparer.Ordinal);
        var fullFeatures = lookahead.Features.Count == 0 ? null
            : series.Select(s => FeatureSetRegistry.Compute(lookahead.Features, DataSeen(s, options))).ToArray();

        foreach (var t in points)
        {
            var cut = series.Select(s => s.KnownAt(t)).ToArray();
            var run = BiasRun.Execute(cut, blueprint, new BacktestOptions { From = options.From, To = t, WarmupBars = options.WarmupBars });
            var tMs = t.ToUnixTimeMilliseconds();

            var reference = full.Insights.Where(r => r.TimeMs == tMs).ToArray();
            var observed = run.Insights.Where(r => r.TimeMs == tMs).ToDictionary(r => r.Symbol);
            foreach (var r in reference)
            {
                insights++;
                var sym = series[r.Symbol].Symbol.ToString();
                if (!observed.TryGetValue(r.Symbol, out var o))
                {
                    findings.Add(new BiasFinding(BiasFindingKind.Insight, t, sym, "insight", BiasRun.Text(r.Insight), "(none)"));
                }
                else if (!BiasRun.Same(r.Insight, o.Insight, lookahead.Tolerance))
                {
                    findings.Add(new BiasFinding(BiasFindingKind.Insight, t, sym, "insight", BiasRun.Text(r.Insight), BiasRun.Text(o.Insight)));
                }
            }

            var refDecisions = full.Decisions.Where(d => d.Time == t).ToArray();
            var obsDecisions = run.Decisions.Where(d => d.Time == t).ToArray();
            for (var k = 0; k < Math.Max(refDecisions.Length, obsDecisions.Length); k++)
            {
                decisions++;
                var a = k < refDecisions.Length ? refDecisions[k] : default;
                var b = k < obsDecisions.Length ? obsDecisions[k] : default;
                if (k >= refDecisions.Length || k >= obsDecisions.Length || !BiasRun.Same(a, b, lookahead.Tolerance))
                {
                    var sym = (k < refDecisions.Length ? a.Symbol : b.Symbol).ToString();
                    findings.Add(new BiasFinding(BiasFindingKind.Decision, t, sym, $"decision[{k}]",
                        k < refDecisions.Length ? BiasRun.Text(a) : "(none)", k < obsDecisions.Length ? BiasRun.Text(b) : "(none)"));
                }
            }

            orders++;
            var refHash = OrderListHash.Compute(full.Session.Orders.Where(o => o.Time <= t));
            var obsHash = run.Session.OrderListHash();
            if (refHash != obsHash) findings.Add(new BiasFinding(BiasFindingKind.Orders, t, "", "order-list hash", refHash, obsHash));

            if (fullFeatures is null) continue;
            for (var s = 0; s < series.Count; s++)
            {
                var seen = DataSeen(cut[s], options);
                var row = DataSeen(series[s], options).IndexOfCloseTime(t);
                if (row < 0 || seen.Count == 0) continue;
                var (names, cutValues) = FeatureSetRegistry.Compute(lookahead.Features, seen);
                for (var c = 0; c < names.Count; c++)
                {
                    features++;
                    var expected = fullFeatures[s].Values[c][row];
                    var actual = cutValues[c][seen.Count - 1];
                    if (!BiasRun.Close(expected, actual, lookahead.Tolerance))
                    {
                        biasedFeatures.Add(names[c]);
                        findings.Add(new BiasFinding(BiasFindingKind.Feature, t, series[s].Symbol.ToString(), names[c], BiasRun.F(expected), BiasRun.F(actual)));
                    }
                }
            }
        }

        return new LookaheadReport(points, features, insights, decisions, orders, findings.Count, biasedFeatures.ToArray(), findings.Items);
    }

    /// <summary>The bars a run starting with the given warm-up sees (features are computed on exactly those).</summary>
    internal static CandleSeries DataSeen(CandleSeries s, BacktestOptions options)
    {
        var start = DateTimeOffset.FromUnixTimeMilliseconds(BacktestRunner.WarmupStartMs([s], options.From, options.WarmupBars));
        return s.SliceByCloseTime(start, options.To);
    }

    internal static DateTimeOffset[] PickPoints(IReadOnlyList<DateTimeOffset> times, int count)
    {
        if (times.Count == 0) return [];
        var n = Math.Min(count, times.Count);
        return Enumerable.Range(1, n).Select(k => times[(int)((long)k * (times.Count - 1) / n)]).Distinct().ToArray();
    }

    private sealed class Findings(int max)
    {
        public List<BiasFinding> Items { get; } = [];
        public int Count { get; private set; }

        public void Add(BiasFinding f)
        {
            Count++;
            if (Items.Count < max) Items.Add(f);
        }
    }
}
