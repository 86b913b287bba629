using CryptoSmartTrader.Core.Research;
using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Trades a fixed model's predictions computed up front from the run's own candles (point-in-time features, one
/// prediction per bar close). At each bar close it hands the kernel the prediction made at that close through the
/// context and lets <see cref="PredictionAlphaModel"/> turn it into an insight, so the formula is the live one.
/// Built from the run's data (<see cref="KernelBlueprint.AlphaOnData"/>), so the lookahead analysis recomputes the
/// predictions on truncated data and catches any feature that peeks ahead.
/// </summary>
public sealed class PrecomputedPredictionAlpha(string name, IReadOnlyList<IReadOnlyDictionary<long, Prediction>> predictionsBySymbol,
    bool allowShort = false) : IAlphaModel
{
    private readonly PredictionAlphaModel _inner = new(name, allowShort);

    public string Name => _inner.Name;

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        for (var i = 0; i < insights.Length && i < predictionsBySymbol.Count; i++)
        {
            if (context.HasBar(i)) context.SetPrediction(i, predictionsBySymbol[i].GetValueOrDefault(context.TimeMs));
        }

        _inner.Update(context, insights);
    }
}
