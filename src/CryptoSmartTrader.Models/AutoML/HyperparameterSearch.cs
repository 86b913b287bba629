using CryptoSmartTrader.Models.Datasets;
using CryptoSmartTrader.Models.Evaluation;
using CryptoSmartTrader.Models.Predictors;
using CryptoSmartTrader.Models.Training;

namespace CryptoSmartTrader.Models.AutoML;

/// <summary>
/// Random search + successive halving inside walk-forward. Configurations are drawn up front from the seed and every
/// rung is ranked by (score, trial id), so with no time budget a run is reproducible exactly; evaluations in a rung
/// run in parallel, one XGBoost thread each.
/// </summary>
public static class HyperparameterSearch
{
    public static SearchResult Run(LabeledDataset data, SearchOptions options, TimeProvider timeProvider,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        options.Validate();
        var rng = new Random(options.Seed);
        var configs = Enumerable.Range(0, options.Trials).Select(i => SearchSpace.Sample(rng, options.Seed + i)).ToArray();
        var start = timeProvider.GetTimestamp();
        bool OverBudget() => options.TimeBudget is { } b && timeProvider.GetElapsedTime(start) >= b;

        var results = new List<TrialResult>();
        var alive = Enumerable.Range(0, configs.Length).ToList();
        var rounds = options.MinRounds;
        var totalPlanned = PlannedEvaluations(options);
        var done = 0;
        var exhausted = false;
        for (var rung = 0; alive.Count > 0; rung++)
        {
            var rungResults = new TrialResult?[alive.Count];
            var rungRounds = rounds;
            Parallel.For(0, alive.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism, CancellationToken = cancellationToken }, k =>
            {
                if (OverBudget())
                {
                    return;
                }

                var id = alive[k];
                var parameters = configs[id] with { Rounds = rungRounds };
                rungResults[k] = Evaluate(data, id, rung, parameters, options, cancellationToken);
                progress?.Report((Interlocked.Increment(ref done), totalPlanned));
            });

            var finished = rungResults.Where(r => r is not null).Select(r => r!).OrderBy(r => r.Score).ThenBy(r => r.Trial).ToList();
            results.AddRange(finished);
            if (finished.Count < alive.Count)
            {
                exhausted = true;
                break;
            }

            if (rounds >= options.MaxRounds || finished.Count == 1)
            {
                break;
            }

            alive = finished.Take(Math.Max(1, finished.Count / options.Reduction)).Select(r => r.Trial).ToList();
            rounds = Math.Min(options.MaxRounds, rounds * options.Reduction);
        }

        if (results.Count == 0)
        {
            throw new TimeoutException($"hyperparameter search: the time budget {options.TimeBudget} ran out before any trial finished");
        }

        // The best configuration is the best one at the highest rung it reached.
        var best = results.OrderByDescending(r => r.Rung).ThenBy(r => r.Score).ThenBy(r => r.Trial).First();
        return new SearchResult(data.Horizon.Code, options.Objective, options.Seed, best.Parameters with { Threads = 0 }, best.Score,
            results.OrderBy(r => r.Rung).ThenBy(r => r.Trial).ToList(), exhausted);
    }

    private static TrialResult Evaluate(LabeledDataset data, int trial, int rung, XGBoostParameters parameters, SearchOptions options, CancellationToken ct)
    {
        var oof = HorizonTrainer.OutOfFold(data, new XGBoostPredictor(parameters), options.Trainer, ct);
        var raw = oof.Prob;
        var y = oof.Up;
        var logLoss = ForecastMetrics.LogLoss(raw, y);
        var brier = ForecastMetrics.Brier(raw, y);
        var auc = ForecastMetrics.Auc(raw, y);
        var score = options.Objective switch
        {
            SearchObjective.LogLoss => logLoss,
            SearchObjective.Brier => brier,
            _ => -GatedSharpe(oof, options),
        };
        return new TrialResult(trial, rung, parameters, double.IsNaN(score) ? double.PositiveInfinity : score, auc, logLoss, brier);
    }

    /// <summary>Mean / sd of per-sample P&amp;L: +r or −r when confidence ≥ gate (minus the round-trip cost), else 0.</summary>
    internal static double GatedSharpe(OutOfFoldPredictions oof, SearchOptions options)
    {
        var c = oof.Calibrated(options.Trainer);
        if (c.Rows.Length < 2)
        {
            return 0;
        }

        var cost = options.Cost.LogReturn;
        double sum = 0, sumSq = 0;
        for (var k = 0; k < c.Rows.Length; k++)
        {
            var pnl = 0.0;
            if (c.Confidence[k] >= options.Trainer.Gate)
            {
                pnl = (c.Probability[k] >= 0.5 ? 1 : -1) * oof.Actual[c.Rows[k]] - cost;
            }

            sum += pnl;
            sumSq += pnl * pnl;
        }

        var n = c.Rows.Length;
        var mean = sum / n;
        var sd = Math.Sqrt(Math.Max(0, (sumSq - n * mean * mean) / (n - 1)));
        return sd > 0 ? mean / sd : 0;
    }

    private static int PlannedEvaluations(SearchOptions o)
    {
        int total = 0, alive = o.Trials, rounds = o.MinRounds;
        while (alive > 0)
        {
            total += alive;
            if (rounds >= o.MaxRounds || alive == 1) break;
            alive = Math.Max(1, alive / o.Reduction);
            rounds = Math.Min(o.MaxRounds, rounds * o.Reduction);
        }

        return total;
    }
}
