using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run in Release: dotnet run -c Release --project tests/CryptoSmartTrader.Benchmarks -- --filter '*Name*'
// Indicators vs pandas (one command, prints the ratio): dotnet run -c Release --project tests/CryptoSmartTrader.Benchmarks -- indicators-vs-pandas
if (args is ["indicators-vs-pandas", ..])
{
    return CryptoSmartTrader.Benchmarks.Features.IndicatorsVsPandas.Run(args[1..]);
}

// Models: training time and peak memory for 500,000 × 100 (one timed run, not a BenchmarkDotNet loop)
if (args is ["models-training", ..])
{
    return CryptoSmartTrader.Benchmarks.Models.ModelTrainingMeasurement.Run(args[1..]);
}

// Bot: candle close -> risk-checked orders inside the real bot host, 100 symbols (latency distribution, ratio vs the bare kernel)
if (args is ["bot-cycle", ..])
{
    return await CryptoSmartTrader.Benchmarks.Bot.BotCycleLatency.RunAsync(args[1..]);
}

// Backtest stage timings and the sweep/walk-forward/store figures of docs/benchmarks.md (one timed run each, not BenchmarkDotNet)
if (args is ["backtest-stages", ..])
{
    return CryptoSmartTrader.Benchmarks.Sweeps.BacktestStages.Run(args[1..]);
}

if (args is ["kernel-hot-path", ..])
{
    return CryptoSmartTrader.Benchmarks.Trading.KernelHotPath.Run(args[1..]);
}

if (args is ["store-speed", ..])
{
    return CryptoSmartTrader.Benchmarks.Storage.StoreSpeed.Run(args[1..]);
}

if (args is ["research-speed", ..])
{
    return CryptoSmartTrader.Benchmarks.Sweeps.ResearchSpeed.Run(args[1..]);
}

// In-process toolchain: no child project is generated, which keeps runs short on the 2-core machine.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
// Not typeof(Program): the referenced bot assembly has a Program too.
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args, config);
return 0;
