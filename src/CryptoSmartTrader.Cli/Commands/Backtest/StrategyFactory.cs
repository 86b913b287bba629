using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Backtesting.Results;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>Builds the kernel blueprint of a strategy package (the selection's, or a <c>--package</c> file's).</summary>
internal static class StrategyFactory
{
    /// <summary>The blueprint of a selection: its package (<see cref="SelectionPackage.Build"/>) run by the backtester.</summary>
    /// <param name="stopLossPercent">Protective stop distance from the entry in percent (0: none).</param>
    public static KernelBlueprint Blueprint(Selection s, CliContext context, bool retrainModel = false, double stopLossPercent = 0) =>
        Blueprint(SelectionPackage.Build(s, stopLossPercent, null, context), s, context, retrainModel);

    /// <summary>
    /// The blueprint of <paramref name="package"/>. With <paramref name="retrainModel"/> (walk-forward) a model is not
    /// opened: only its recipe is retrained per window, so its own training period does not make the run in-sample.
    /// </summary>
    public static KernelBlueprint Blueprint(StrategyPackage package, Selection s, CliContext context, bool retrainModel = false)
    {
        var blueprint = KernelBlueprint.FromPackage(package);
        if (package.Alpha.Kind == AlphaSpec.XsModelKind)
        {
            // Streaming, as in the bot: the alpha computes the xsection features from the bars it has been fed.
            var opened = PackageModels.OpenCrossSectional(package, ModelsCliSupport.Registry(s.ModelsDir, context), s.From, "--from");
            if (!opened.Ok) throw new CliFailureException($"--package: {string.Join("; ", opened.Errors)}");
            var xs = opened.Value!;
            var spec = package.Alpha.XsModel!;
            return blueprint with { Alpha = u => xs.CreateAlpha(u, spec.Confidence, spec.PayoffRatio) };
        }

        if (package.Alpha.Kind != AlphaSpec.ModelsKind || retrainModel) return blueprint;
        var model = package.Alpha.Models[0];
        var source = ModelAlpha.Open(model.Name, s.ModelsDir, s.Db, s.From, context);
        if (model.Version is { } pinned && pinned != source.Version)
        {
            throw new CliFailureException($"alpha.models[0].version: expected {pinned} (the version the package was made with), the registry has {model.Name} " +
                                          $"version {source.Version}; make a new package, or restore that version");
        }

        return blueprint with
        {
            Alpha = _ => throw new CliFailureException("--model: the model alpha is computed from the run's candles"),
            AlphaOnData = ModelAlpha.Create(source),
        };
    }

    public static BacktestSettings Settings(Selection s, bool walkForward, string strategyName) =>
        new(strategyName, s.Exchange, s.Symbols, s.Timeframe, s.From, s.To, s.Cash, s.Symbols[0].Quote, s.WarmupBars, walkForward, s.Costs);
}
