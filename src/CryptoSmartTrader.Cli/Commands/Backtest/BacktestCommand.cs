using System.CommandLine;
using System.Globalization;
using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Metrics;
using CryptoSmartTrader.Backtesting.Optimization;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Cli.Common;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// <c>cst backtest</c>: runs the trading kernel over recorded candles with the simulated venue and writes result.json,
/// equity.csv, trades.csv, orders.csv, fills.csv and decisions.csv (format: docs/backtest-results.md).
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(CliContext context)
    {
        var o = new SelectionOptions();
        var output = new Option<string>("--out") { Description = "Folder for result.json and the CSV files", Required = true };
        var walkForward = new Option<bool>("--walk-forward")
        {
            Description = "Retrain per window and trade only the following window (sma-cross: pick fast/slow from a grid on the training bars; " +
                "--model: retrain the model's recipe on the window's samples, labels ending one horizon before the window)",
        };
        var trainStride = new Option<string?>("--train-stride") { Description = "Walk-forward with --model: keep one training sample per symbol per this duration, e.g. 4h (default: every bar)" };
        var stopLoss = new Option<double?>("--stop-loss")
        {
            Description = "Protective stop after every entry, PCT percent below the average entry price (above for shorts), e.g. 5; default none",
        };
        var trainRounds = new Option<int?>("--train-rounds") { Description = "Walk-forward with an XGBoost --model: boosting rounds per retrain (default: the model's)" };
        var package = new Option<string?>("--package")
        {
            Description = "Run a strategy package: a package.json (as cst backtest writes it), 'promoted', NAME or NAME@vN of the store; " +
                "it decides orders, the command line gives the period, data and output",
        };
        var store = new Option<string>("--store") { Description = "Strategy package store for --package NAME", DefaultValueFactory = _ => Trading.Packages.PackageStore.DefaultRoot };
        var recovery = new Option<string?>("--recovery")
        {
            Description = "Drawdown ladder recovery, written into package.json: cooldown[:DAYS] (the default, 30 days: after DAYS reduce-only or halted " +
                "by the drawdown kill switch, equity becomes the new peak and trading resumes), drawdown (levels follow the drawdown; " +
                "after a crash a run may stay reduce-only to its end), manual, or newhigh",
        };
        var hysteresis = new Option<double?>("--ladder-hysteresis") { Description = "Percentage points below a ladder threshold before the level steps down (default 1)" };
        var trainDays = new Option<int>("--train-days") { Description = "Walk-forward training window in days", DefaultValueFactory = _ => 60 };
        var testDays = new Option<int>("--test-days") { Description = "Walk-forward out-of-sample window in days", DefaultValueFactory = _ => 30 };
        var command = new Command("backtest",
            "Backtest a strategy through the trading kernel with simulated fills, fees, slippage and latency.\n\n" +
            "Examples:\n  cst backtest --strategy sma-cross --symbols BTC/USDT,ETH/USDT --timeframe 1h --from 2024-01-01 --to 2024-06-01 --out runs/sma\n" +
            "  cst backtest --strategy sma-cross --symbols BTC/USDT --from 2023-01-01 --to 2024-01-01 --walk-forward --slippage sqrt --latency 250ms --out runs/wf --json\n" +
            "  cst backtest --model btc-v1 --symbols BTC/USDT --from 2023-01-01 --to 2023-07-01 --walk-forward --train-days 60 --test-days 30 --train-stride 4h --out runs/wf-model");
        o.AddTo(command);
        command.Add(output);
        command.Add(walkForward);
        command.Add(trainDays);
        command.Add(testDays);
        command.Add(trainStride);
        command.Add(trainRounds);
        command.Add(stopLoss);
        command.Add(package);
        command.Add(store);
        command.Add(recovery);
        command.Add(hysteresis);
        var outputs = ResultFilesOption.Create();
        command.Add(outputs);
        command.SetAction(async (parse, ct) =>
        {
            Trading.Packages.StrategyPackage pkg;
            Selection s;
            double? stopPercent;
            if (parse.GetValue(package) is { } reference)
            {
                pkg = SelectionPackage.Load(reference, parse.GetValue(store)!);
                s = SelectionPackage.FromPackage(parse, o, [stopLoss, recovery, hysteresis], pkg);
                stopPercent = pkg.Execution.StopLossPercent > 0 ? pkg.Execution.StopLossPercent : null;
            }
            else
            {
                s = Selection.Parse(parse, o);
                stopPercent = parse.GetValue(stopLoss);
                if (stopPercent is { } sp && !(sp > 0 && sp < 100)) throw new CliUsageException($"--stop-loss: expected a percentage in (0, 100), got {sp}");
                pkg = SelectionPackage.Build(s, stopPercent ?? 0, SelectionPackage.Recovery(parse.GetValue(recovery), parse.GetValue(hysteresis)), context);
            }

            if ((parse.GetValue(trainStride) is not null || parse.GetValue(trainRounds) is not null) && (s.Model is null || !parse.GetValue(walkForward)))
            {
                throw new CliUsageException("--train-stride/--train-rounds: only with --model NAME --walk-forward (they set how each window's model is retrained)");
            }

            if (s.Strategy == SelectionPackage.XsFactor && parse.GetValue(walkForward))
            {
                throw new CliUsageException("--walk-forward: an xs-factor package has no parameters to choose per window; run it without --walk-forward");
            }

            if (s.Strategy.StartsWith(SelectionPackage.XsModelPrefix, StringComparison.Ordinal) && parse.GetValue(walkForward))
            {
                throw new CliUsageException("--walk-forward: an xs-model package trades its registered model as trained; run it without --walk-forward");
            }

            var blueprint = StrategyFactory.Blueprint(pkg, s, context, retrainModel: parse.GetValue(walkForward));
            var (series, origin) = await CandleSource.LoadAsync(s, context.Time, ct);
            BacktestResult result;
            if (parse.GetValue(walkForward))
            {
                var (train, test) = (parse.GetValue(trainDays), parse.GetValue(testDays));
                if (train < 1 || test < 1) throw new CliUsageException($"--train-days/--test-days: expected at least 1 day each, got {train} and {test}");
                var plan = new WalkForwardPlan { Train = TimeSpan.FromDays(train), Test = TimeSpan.FromDays(test) };
                if (s.To <= s.From + plan.Train)
                {
                    throw new CliUsageException($"--walk-forward: the period {Data.StoreCliSupport.Iso(s.From)} .. {Data.StoreCliSupport.Iso(s.To)} must be longer than --train-days {train}");
                }

                if (s.Model is not null)
                {
                    result = ModelWalkForward.Run(s, series, blueprint, plan, parse.GetValue(trainStride), parse.GetValue(trainRounds), context);
                }
                else
                {
                    var search = new GridSearch(blueprint, GridSearch.SmaCrossGrid([5, 10, 20], [50, 100]));
                    var windows = plan.Windows(s.From, s.To);
                    var pbo = search.Pbo(series, windows[0].TrainTo, s.To);
                    result = WalkForwardRunner.Run(series, blueprint, plan, search.Trainer(), s.From, s.To,
                        StrategyFactory.Settings(s, true, "sma-cross walk-forward"),
                        new MetricsOptions { Trials = search.Trials }, pbo?.Probability);
                    result = result with { Settings = result.Settings with { Strategy = "sma-cross walk-forward [" + string.Join(", ", search.Chosen) + "]" } };
                }
            }
            else
            {
                var options = new BacktestOptions { From = s.From, To = s.To, WarmupBars = s.WarmupBars };
                result = BacktestRunner.Run(series, blueprint, options, StrategyFactory.Settings(s, false, s.Model is not null ? $"model:{s.Model}"
                    : s.Strategy.StartsWith(SelectionPackage.XsModelPrefix, StringComparison.Ordinal) ? s.Strategy
                    : s.Strategy == SelectionPackage.XsFactor ? $"xs-factor({pkg.Alpha.XsFactor?.Factor ?? "reversal"},{pkg.Alpha.XsFactor?.LookbackBars ?? 24})" : $"sma-cross({s.Fast},{s.Slow})"));
            }

            if (stopPercent is { } recorded)
            {
                var costs = new Dictionary<string, string>(result.Settings.Costs) { ["stopLossPercent"] = recorded.ToString(CultureInfo.InvariantCulture) };
                result = result with { Settings = result.Settings with { Costs = costs } };
            }

            result = result with { Settings = result.Settings with { Risk = Trading.Packages.StrategyKernelFactory.LadderSettings(pkg) } };
            // A derivatives model on a store without its series still runs (NaN columns, as in the bot), but never silently.
            result = result with { Warnings = [.. result.Warnings, .. ModelAlpha.DerivativesWarnings(pkg, s, context)] };
            foreach (var warning in result.Warnings) await context.Error.WriteLineAsync($"cst backtest: warning: {warning}");
            var dir = parse.GetValue(output)!;
            await ResultsWriter.WriteAsync(result, dir, ResultFilesOption.Parse(parse.GetValue(outputs)), ct);
            // The package that made these orders, beside them: cst strategies promote DIR/package.json hands it to the bot.
            pkg.DataFingerprints = Trading.Packages.DataFingerprints.Of(series, origin, s.From, s.To);
            if (parse.GetValue(walkForward)) pkg.Description = $"{pkg.Description}; walk-forward run ({result.Settings.Strategy}): the parameters were chosen per window";
            await Trading.Packages.StrategyPackageJson.SaveAsync(pkg, Path.Combine(dir, "package.json"), ct);
            // Stderr in both formats (stdout may be JSON): a run that ended reduce-only must not look like a quiet strategy.
            if (LadderOutcome.HeldToEnd(result) is { } held) await context.Error.WriteLineAsync($"cst backtest: {held.Describe()}");
            if (s.Json)
            {
                await JsonOutput.WriteAsync(context.Out, ResultsWriter.Summary(result, Path.GetFullPath(dir)));
            }
            else
            {
                await WriteTextAsync(context.Out, result, dir, origin);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static async Task WriteTextAsync(TextWriter w, BacktestResult r, string dir, string origin)
    {
        var m = r.Metrics;
        static string P(double? x) => x is { } v ? v.ToString("P2", CultureInfo.InvariantCulture) : "-";
        static string N(double? x) => x is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";
        await w.WriteLineAsync($"{r.Settings.Strategy} on {string.Join(",", r.Settings.Symbols)} {r.Settings.Timeframe} ({origin})");
        await w.WriteLineAsync($"  equity       {m.InitialEquity:0.##} -> {m.FinalEquity:0.##}  total {P(m.TotalReturn)}  CAGR {P(m.Cagr)}  buy&hold {P(m.BenchmarkTotalReturn)}");
        await w.WriteLineAsync($"  risk         vol {P(m.Volatility)}  max DD {P(m.MaxDrawdown)}  VaR95 {P(m.VaR95)}  CVaR95 {P(m.CVaR95)}");
        await w.WriteLineAsync($"  ratios       Sharpe {N(m.Sharpe)}  Sortino {N(m.Sortino)}  Calmar {N(m.Calmar)}  PSR {N(m.ProbabilisticSharpe)}  DSR {N(m.DeflatedSharpe)}  PBO {N(m.Pbo)}");
        await w.WriteLineAsync($"  trades       {m.Trades}  win {P(m.WinRate)}  PF {N(m.ProfitFactor)}  expectancy {N(m.Expectancy)}  SQN {N(m.Sqn)}");
        await w.WriteLineAsync($"  costs        fees {m.FeesPaid:0.##}  slippage {m.SlippagePaid:0.##}  turnover {N(m.Turnover)}  exposure {P(m.Exposure)}");
        await w.WriteLineAsync($"  orders       {r.Orders.Count}  hash {r.OrderListHash}");
        foreach (var d in r.Decisions.Where(d => d.Reason.ToString().StartsWith("KillSwitch", StringComparison.Ordinal) || d.Reason == Trading.Kernel.ReasonCode.DailyLossLimitHalt).Take(3))
        {
            await w.WriteLineAsync($"  risk         {d.Time:yyyy-MM-dd'T'HH:mm'Z'} {d.Reason}: {d.Details}");
        }

        foreach (var d in r.Decisions.Where(d => d.Reason == Trading.Kernel.ReasonCode.LadderReleased).Take(3))
        {
            await w.WriteLineAsync($"  ladder       {d.Time:yyyy-MM-dd'T'HH:mm'Z'} released: {d.Details}");
        }

        await w.WriteLineAsync($"  wrote        {Path.GetFullPath(dir)} (package.json: cst strategies promote it, cst backtest --package runs it again)");
    }
}
