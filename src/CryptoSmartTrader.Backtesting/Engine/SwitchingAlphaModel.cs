using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// The kernel's alpha in walk-forward mode: delegates to the model trained for the current window, and has no view
/// before the first window is trained. Swapping happens between bar closes, never inside one.
/// </summary>
internal sealed class SwitchingAlphaModel : IAlphaModel
{
    public IAlphaModel? Inner { get; set; }

    public string Name => Inner?.Name ?? "walk-forward(untrained)";

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        if (Inner is null)
        {
            insights.Clear();
            return;
        }

        Inner.Update(context, insights);
    }

    /// <summary>
    /// Brings a freshly trained model's state (indicator windows) up to the end of its training data by feeding it
    /// those bars in close-time order; its insights are discarded, nothing is traded.
    /// </summary>
    public static void Warm(IAlphaModel alpha, TradingUniverse universe, IReadOnlyList<Core.Markets.CandleSeries> training)
    {
        var context = new BarCloseContext(universe);
        var scratch = new AlphaInsight[universe.Count];
        var stream = new MergedBarStream(training);
        while (stream.MoveNext())
        {
            context.Reset(stream.Time);
            foreach (var s in stream.Present)
            {
                context.SetBar(s, Bar.FromSeries(training[s], stream.BarIndexOf(s)));
            }

            alpha.Update(context, scratch);
        }
    }
}
