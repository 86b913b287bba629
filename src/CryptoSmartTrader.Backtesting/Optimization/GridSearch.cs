using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;

namespace CryptoSmartTrader.Backtesting.Optimization;

/// <summary>
/// An exhaustive search over alpha configurations, each run through the same kernel (same venue, costs and risk).
/// It trains walk-forward windows (best in-sample Sharpe wins; ties go to the earlier candidate) and measures the
/// probability that such a selection is overfit (CSCV over the candidates' per-bar returns). The number of candidates
/// is the number of trials for the Deflated Sharpe ratio.
/// </summary>
public sealed class GridSearch(KernelBlueprint blueprint, IReadOnlyList<AlphaCandidate> candidates)
{
    private readonly IReadOnlyList<AlphaCandidate> _candidates = candidates is { Count: > 0 } ? candidates
        : throw new ArgumentException("grid search: expected at least one candidate", nameof(candidates));

    public int Trials => _candidates.Count;

    /// <summary>Names of the candidates chosen per trained window, in order.</summary>
    public List<string> Chosen { get; } = [];

    /// <summary>Per-bar returns of one candidate over [from, to] (its equity curve through the kernel).</summary>
    public double[] Returns(IReadOnlyList<CandleSeries> series, AlphaCandidate candidate, DateTimeOffset from, DateTimeOffset to)
    {
        var session = BacktestRunner.Drive(series, blueprint.WithAlpha(candidate.Alpha), new BacktestOptions { From = from, To = to });
        return ReturnMetrics.SimpleReturns(session.Equity);
    }

    /// <summary>Trains a window: every candidate is backtested on the training bars; the best Sharpe is returned fresh.</summary>
    public AlphaTrainer Trainer() => (window, training, universe) =>
    {
        // Candidates are independent runs: in parallel, then compared in index order (so ties still go to the earlier one).
        var sharpes = new double[_candidates.Count];
        Parallel.For(0, _candidates.Count, c => sharpes[c] = ReturnMetrics.SharpePerPeriod(Returns(training, _candidates[c], window.TrainFrom, window.TrainTo)));
        var best = 0;
        var bestSharpe = double.NegativeInfinity;
        for (var c = 0; c < _candidates.Count; c++)
        {
            var sharpe = sharpes[c];
            if (double.IsFinite(sharpe) && sharpe > bestSharpe)
            {
                bestSharpe = sharpe;
                best = c;
            }
        }

        Chosen.Add(_candidates[best].Name);
        return _candidates[best].Alpha(universe);
    };

    /// <summary>PBO of picking the best candidate, from every candidate's per-bar returns over [from, to]; null with one candidate.</summary>
    public PboResult? Pbo(IReadOnlyList<CandleSeries> series, DateTimeOffset from, DateTimeOffset to, int maxBlocks = 16)
    {
        if (_candidates.Count < 2) return null;
        var returns = new double[_candidates.Count][];
        Parallel.For(0, _candidates.Count, c => returns[c] = Returns(series, _candidates[c], from, to));
        var blocks = Math.Min(maxBlocks, returns[0].Length / 2) & ~1;
        return blocks < 2 ? null : Metrics.Pbo.Cscv(returns, blocks);
    }

    /// <summary>The SMA-cross grid used by <c>cst backtest --strategy sma-cross --walk-forward</c>: fast × slow windows.</summary>
    public static IReadOnlyList<AlphaCandidate> SmaCrossGrid(IReadOnlyList<int> fast, IReadOnlyList<int> slow, SmaCrossOptions? template = null) =>
        (from f in fast
         from s in slow
         where s > f
         select new AlphaCandidate($"sma-cross({f},{s})", u => new SmaCrossAlphaModel(u.Count, new SmaCrossOptions
         {
             Fast = f,
             Slow = s,
             AllowShort = template?.AllowShort ?? false,
             Confidence = template?.Confidence ?? 0.85,
             PayoffRatio = template?.PayoffRatio ?? 1.5,
         }))).ToArray();
}
