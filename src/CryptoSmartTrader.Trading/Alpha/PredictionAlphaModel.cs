using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// Turns the calibrated <see cref="Core.Research.Prediction"/> supplied with a bar close into an insight: direction
/// from P(up), confidence from the prediction, payoff ratio b = |upper| / |lower| of the predicted interval (the win
/// and loss sizes it implies, 1 when the interval does not straddle zero) and uncertainty = the interval width.
/// A prediction whose <c>AsOf</c> is after the step time is look-ahead and ignored (the slot gets no view).
/// </summary>
public sealed class PredictionAlphaModel(string name = "model", bool allowShort = false) : IAlphaModel
{
    public string Name { get; } = name;

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        for (var i = 0; i < insights.Length; i++)
        {
            if (!context.HasBar(i)) continue;
            var p = context.PredictionOf(i);
            if (p is null || p.AsOf > context.Time)
            {
                insights[i] = default;
                continue;
            }

            var dir = p.Direction > 0 ? 1.0 : allowShort ? -1.0 : 0.0;
            var b = p.IntervalLow < 0 && p.IntervalHigh > 0
                ? (dir >= 0 ? p.IntervalHigh / -p.IntervalLow : -p.IntervalLow / p.IntervalHigh)
                : 1.0;
            insights[i] = new AlphaInsight(dir, p.Confidence, b, p.IntervalWidth, ReasonTag.Model);
        }
    }
}
