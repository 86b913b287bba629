using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Features.CrossSection;

namespace CryptoSmartTrader.Models.CrossSection;

/// <summary>
/// Ranks a universe bar by bar and measures the ranking the way quant platforms do: IC and rank IC per bar (mean, ICIR,
/// t-stat on non-overlapping bars, by year), quintile spreads and top-k books after costs, for model kinds fitted in an
/// anchored purged walk-forward over the evaluation window, next to plain momentum, plain reversal and a random ranking,
/// with equal-weight and benchmark buy-and-hold books over the same rebalance dates. Everything scored lies in the
/// evaluation window; each model block is fitted only on labels that ended (plus an embargo) before the block starts.
/// </summary>
public static class CrossSectionalStudy
{
    public static CrossSectionalReport Run(IReadOnlyList<CandleSeries> universe, CrossSectionalStudyOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(universe);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var factors = new CrossSectionalFactors(options.Factors);
        var panel = UniversePanel.Create(universe, options.Factors.WarmUpBars);
        var raw = factors.RawFactors(panel);
        var features = factors.Compute(panel, raw);
        var names = factors.FactorNames;
        var bench = factors.BenchmarkIndex(panel);
        var modelColumns = factors.Columns.Take(features.Length - 1).ToArray(); // xs_members is bookkeeping, not a signal
        var baselines = Baselines(panel, raw, names, options);
        var volatility = raw[names.ToList().IndexOf($"vol_{options.Factors.VolatilityBars}")];
        var horizons = new List<HorizonReport>();
        foreach (var h in options.Horizons)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var hBars = CrossSectionalTargets.HorizonBars(panel, h);
            var (r0, r1) = EvaluationRows(panel, options, hBars);
            var forward = CrossSectionalTargets.ForwardReturns(panel, h);
            var demeaned = CrossSectionalTargets.Relative(forward, CrossSectionalTargetKind.Demeaned, options.Factors.MinMembers);
            var betaIndex = names.ToList().IndexOf($"beta_{options.Factors.BenchmarkBase.ToLowerInvariant()}_{options.Factors.BetaBars}");
            var train = CrossSectionalTargets.Relative(forward, options.TrainTarget, options.Factors.MinMembers, raw[betaIndex], bench);
            var scorers = new List<ScorerReport>();
            var trainRows = 0;
            foreach (var kind in options.ModelKinds)
            {
                var wf = CrossSectionalWalkForward.Scores(kind, h, features, modelColumns, train, panel, hBars, r0, r1, options, cancellationToken);
                trainRows = Math.Max(trainRows, wf.TrainRowsLastFold);
                scorers.Add(wf.Error is null
                    ? Score($"model:{kind}", wf.Scores!, forward, demeaned, panel, hBars, r0, r1, options, volatility)
                    : Failed($"model:{kind}", wf.Error, panel, hBars, r0, r1, options, volatility));
            }

            foreach (var (name, score) in baselines) scorers.Add(Score(name, score, forward, demeaned, panel, hBars, r0, r1, options, volatility));
            var all = panel.Member.Select(m => m.Select(b => b ? 1.0 : double.NaN).ToArray()).ToArray();
            var benchOnly = all.Select((s, i) => i == bench ? s : s.Select(_ => double.NaN).ToArray()).ToArray();
            var ew = TopKPortfolio.Run(all, forward, panel.Closes.CloseTimeMs, r0, r1, Book(options, PortfolioMode.EqualWeight, hBars, panel));
            var bh = TopKPortfolio.Run(benchOnly, forward, panel.Closes.CloseTimeMs, r0, r1, Book(options, PortfolioMode.EqualWeight, hBars, panel));
            var meanMembers = r1 > r0 ? Enumerable.Range(r0, r1 - r0).Average(panel.MembersAt) : double.NaN;
            horizons.Add(new HorizonReport(h, hBars, scorers, ew, bh, meanMembers, trainRows));
        }

        return new CrossSectionalReport(panel.Symbols.Select(s => s.ToString()).ToArray(), options.EvaluateFrom, options.EvaluateTo, horizons, options);
    }

    /// <summary>Plain factor scores, masked to universe members: momentum (7d, 30d), reversal (1h, 24h) and a seeded random ranking.</summary>
    internal static List<(string Name, double[][] Score)> Baselines(UniversePanel panel, double[][][] raw, IReadOnlyList<string> names, CrossSectionalStudyOptions options)
    {
        double[][] Masked(string factor, double sign)
        {
            var f = raw[names.ToList().IndexOf(factor)];
            return f.Select((x, i) => x.Select((v, t) => panel.Member[i][t] ? sign * v : double.NaN).ToArray()).ToArray();
        }

        var list = new List<(string, double[][])>();
        var mom = options.Factors.MomentumBars;
        if (mom.Contains(168)) list.Add(("momentum-7d", Masked("mom_168", 1)));
        if (mom.Contains(720)) list.Add(("momentum-30d", Masked("mom_720", 1)));
        list.Add(("reversal-1h", Masked("ret_1", -1)));
        if (mom.Contains(24)) list.Add(("reversal-24h", Masked("mom_24", -1)));
        var rng = new Random(options.Seed);
        list.Add(("random", panel.Member.Select(m => m.Select(b => b ? rng.NextDouble() : double.NaN).ToArray()).ToArray()));
        return list;
    }

    /// <summary>[first row closing at or after the start, one past the last row whose label ends by the window's end).</summary>
    internal static (int From, int To) EvaluationRows(UniversePanel panel, CrossSectionalStudyOptions options, int hBars)
    {
        var times = panel.Closes.CloseTimeMs;
        var step = panel.Closes.Timeframe.DurationMs;
        var from = options.EvaluateFrom.ToUnixTimeMilliseconds();
        var to = options.EvaluateTo.ToUnixTimeMilliseconds();
        var r0 = 0;
        while (r0 < times.Count && times[r0] < from) r0++;
        var r1 = r0;
        while (r1 < times.Count && times[r1] + hBars * step <= to && r1 + hBars < times.Count) r1++;
        return (r0, r1);
    }

    private static ScorerReport Score(string name, double[][] score, double[][] forward, double[][] demeaned, UniversePanel panel, int hBars, int r0, int r1,
        CrossSectionalStudyOptions options, double[][] volatility)
    {
        var (ic, rankIc) = InformationCoefficient.PerBar(score, demeaned);
        var icWindow = ic.AsSpan(r0, r1 - r0);
        var rankWindow = rankIc.AsSpan(r0, r1 - r0);
        var byYear = new SortedDictionary<int, IcSummary>();
        var times = panel.Closes.CloseTimeMs;
        foreach (var group in Enumerable.Range(r0, r1 - r0).GroupBy(t => DateTimeOffset.FromUnixTimeMilliseconds(times[t]).Year))
        {
            var first = group.First();
            byYear[group.Key] = IcSummary.Of(rankIc.AsSpan(first, group.Count()), hBars);
        }

        return new ScorerReport(name, IcSummary.Of(icWindow, hBars), IcSummary.Of(rankWindow, hBars), byYear,
            QuantileSpread.Of(score, forward, options.Quantiles, hBars, r0, r1),
            TopKPortfolio.Run(score, forward, times, r0, r1, Book(options, PortfolioMode.LongShort, hBars, panel), volatility),
            TopKPortfolio.Run(score, forward, times, r0, r1, Book(options, PortfolioMode.LongOnly, hBars, panel), volatility));
    }

    private static ScorerReport Failed(string name, string error, UniversePanel panel, int hBars, int r0, int r1, CrossSectionalStudyOptions options, double[][] volatility)
    {
        var none = panel.Member.Select(m => m.Select(_ => double.NaN).ToArray()).ToArray();
        return Score(name, none, none, none, panel, hBars, r0, r1, options, volatility) with { Error = error };
    }

    internal static TopKOptions Book(CrossSectionalStudyOptions o, PortfolioMode mode, int hBars, UniversePanel panel) => new()
    {
        Mode = mode, K = o.TopK, HoldBand = o.HoldBand, RebalanceBars = hBars, VolatilityScaled = o.VolatilityScaled && mode != PortfolioMode.EqualWeight, FeeRate = o.FeeRate, SlippageRate = o.SlippageRate,
        BarsPerYear = TimeSpan.FromDays(365.25).TotalMilliseconds / panel.Closes.Timeframe.DurationMs,
    };
}
