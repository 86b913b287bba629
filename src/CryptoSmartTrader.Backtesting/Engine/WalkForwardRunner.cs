using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Core.Markets;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Walk-forward backtest: for each window of the <see cref="WalkForwardPlan"/> the <see cref="AlphaTrainer"/> fits a
/// model on the training bars, the model is warmed on them, and it trades only the window's following out-of-sample
/// bars. One kernel runs across all windows (the portfolio carries over) and sees every bar from the first training
/// bar on, but no order reaches the venue before the first out-of-sample bar.
/// </summary>
public static class WalkForwardRunner
{
    public static BacktestResult Run(IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, WalkForwardPlan plan, AlphaTrainer trainer,
        DateTimeOffset from, DateTimeOffset to, BacktestSettings settings, MetricsOptions? metrics = null, double? pbo = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(trainer);
        var windows = plan.Windows(from, to);
        var switching = new SwitchingAlphaModel();
        var current = -1;
        var k = 0;
        var options = new BacktestOptions { From = from, To = to, Metrics = metrics ?? new MetricsOptions() };
        var session = BacktestRunner.Drive(series, blueprint.WithAlpha(_ => switching), options, (s, time) =>
        {
            while (k < windows.Count && time > windows[k].TestTo) k++;
            var trading = k < windows.Count && windows[k].IsTest(time);
            s.Trading = trading;
            if (!trading || current == k) return;

            current = k;
            var w = windows[k];
            var training = series.Select(x => x.SliceByCloseTime(w.TrainFrom, w.TrainTo)).ToArray();
            var alpha = trainer(w, training, s.Universe);
            SwitchingAlphaModel.Warm(alpha, s.Universe, training);
            switching.Inner = alpha;
        });

        var traded = series.Select(x => x.SliceByCloseTime(windows[0].TrainTo.AddMilliseconds(1), windows[^1].TestTo)).ToArray();
        return session.BuildResult(settings, traded, options.Metrics, pbo, windows);
    }
}
