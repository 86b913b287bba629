using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Research.Session;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;
using CryptoSmartTrader.Trading.Packages;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// <c>--model NAME</c>: opens a registered model through <see cref="ModelAlphaSource"/> (which refuses to test it on bars
/// it was trained on) and builds an alpha that predicts each bar close from point-in-time features of the candles the
/// run is given (shortest horizon), precomputed per series. The feature sets are the ones every host builds on its market
/// store (<see cref="StoreFeatureSets"/>): a model trained on <c>derivatives</c> reads the perpetual history from <c>--db</c>,
/// as the bot reads it from its store.
/// </summary>
internal static class ModelAlpha
{
    public static ModelAlphaSource Open(string name, string modelsDir, string db, DateTimeOffset from, CliContext context)
    {
        var opened = ModelAlphaSource.Open(ModelsCliSupport.Registry(modelsDir, context), name, from, "--from", StoreFeatureSets.Create(db, context.Time));
        return opened.Ok ? opened.Value! : throw new CliFailureException($"--model {name}: {opened.Error}");
    }

    public static Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel> Create(ModelAlphaSource source) =>
        (data, _) => new PrecomputedPredictionAlpha(source.AlphaName, data.Select(source.Predict).ToArray());

    /// <summary>
    /// For a models package whose model reads the <c>derivatives</c> set: one warning per symbol whose stored series do not
    /// cover the run (<see cref="StoreFeatureSets.MissingInputs"/>); empty otherwise. The run still goes ahead: those columns
    /// are NaN, as in the bot, and the model makes no prediction where it needs them.
    /// </summary>
    public static IReadOnlyList<string> DerivativesWarnings(StrategyPackage package, Selection s, CliContext context)
    {
        if (package.Alpha.Kind != AlphaSpec.ModelsKind) return [];
        var registry = ModelsCliSupport.Registry(s.ModelsDir, context);
        var sets = StoreFeatureSets.Create(s.Db, context.Time);
        var reads = package.Alpha.Models.Any(m => registry.Show(m.Name) is { Ok: true } shown
            && sets.TryResolve(shown.Value!.FeatureSet.Name, out var resolved, out _) && StoreFeatureSets.UsesDerivatives(resolved));
        return reads ? StoreFeatureSets.MissingInputs(s.Db, s.Exchange, s.Symbols, s.Timeframe, s.From, s.To, context.Time) : [];
    }
}
