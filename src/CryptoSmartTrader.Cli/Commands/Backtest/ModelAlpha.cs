using CryptoSmartTrader.Backtesting.Engine;
using CryptoSmartTrader.Cli.Commands.Models;
using CryptoSmartTrader.Cli.Common;
using CryptoSmartTrader.Core.Markets;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Cli.Commands.Backtest;

/// <summary>
/// <c>--model NAME</c>: opens a registered model through <see cref="ModelAlphaSource"/> (which refuses to test it on bars
/// it was trained on) and builds an alpha that predicts each bar close from point-in-time features of the candles the
/// run is given (shortest horizon), precomputed per series.
/// </summary>
internal static class ModelAlpha
{
    public static ModelAlphaSource Open(string name, string modelsDir, DateTimeOffset from, CliContext context)
    {
        var opened = ModelAlphaSource.Open(ModelsCliSupport.Registry(modelsDir, context), name, from, "--from");
        return opened.Ok ? opened.Value! : throw new CliFailureException($"--model {name}: {opened.Error}");
    }

    public static Func<IReadOnlyList<CandleSeries>, TradingUniverse, IAlphaModel> Create(ModelAlphaSource source) =>
        (data, _) => new PrecomputedPredictionAlpha(source.AlphaName, data.Select(source.Predict).ToArray());
}
