using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Core.Research;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// <c>cst backtest --model NAME --walk-forward</c>: retrains the registered model's recipe per window with
/// <see cref="ModelWalkForwardTrainer"/> and trades each following out-of-sample window; result.json records every
/// window's training span.
/// </summary>
internal static class ModelWalkForward
{
    public static BacktestResult Run(Selection s, IReadOnlyList<CandleSeries> series, KernelBlueprint blueprint, WalkForwardPlan plan,
        string? stride, int? rounds, CliContext context)
    {
        TimeSpan? strideValue = null;
        if (stride is not null)
        {
            try
            {
                strideValue = Horizon.Parse(stride).Duration;
            }
            catch (FormatException)
            {
                throw new CliUsageException($"--train-stride: expected a duration such as 4h, got '{stride}'");
            }
        }

        if (rounds is < 1) throw new CliUsageException($"--train-rounds: expected at least 1 round, got {rounds}");
        var opened = ModelWalkForwardTrainer.FromRegistry(ModelsCliSupport.Registry(s.ModelsDir, context), s.Model!,
            new ModelRetrainOptions { Stride = strideValue, XGBoostRounds = rounds }, Research.Session.StoreFeatureSets.Create(s.Db, context.Time));
        var trainer = opened.Ok ? opened.Value! : throw new CliFailureException($"--model {s.Model}: {opened.Error}");
        var name = $"model:{s.Model} walk-forward ({trainer.PredictorKind}, {trainer.Horizon})";
        BacktestResult result;
        try
        {
            result = WalkForwardRunner.Run(series, blueprint, plan, trainer.Trainer(series, context.Time, new StderrProgress(context.Error)),
                s.From, s.To, StrategyFactory.Settings(s, true, name));
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("walk-forward window", StringComparison.Ordinal))
        {
            throw new CliFailureException($"--model {s.Model}: {ex.Message}; use a longer --train-days or a period with more data");
        }

        return result with { WindowTraining = trainer.Trained.ToArray() };
    }

    /// <summary>Writes progress lines synchronously (Progress&lt;T&gt; would post them to the thread pool, out of order).</summary>
    private sealed class StderrProgress(TextWriter error) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine(value);
    }
}
