using CryptoSmartTrader.Trading.Alpha;
using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Lets the alpha see every bar (so its state warms up) but shows the kernel no view while the session is not trading,
/// so warm-up bars produce no targets, risk checks or order ids: a run's orders do not depend on its warm-up length
/// except through genuinely warmer state.
/// </summary>
internal sealed class GatedAlphaModel(IAlphaModel inner) : IAlphaModel
{
    public bool Open { get; set; }

    public string Name => inner.Name;

    public void Update(BarCloseContext context, Span<AlphaInsight> insights)
    {
        inner.Update(context, insights);
        if (!Open) insights.Clear();
    }
}
