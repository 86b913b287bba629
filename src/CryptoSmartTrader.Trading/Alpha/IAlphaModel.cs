using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Trading.Alpha;

/// <summary>
/// Turns what is known at a bar close into insights, one slot per universe index. Implementations write only the
/// slots of symbols that have a bar in <paramref name="context"/>; other slots keep their previous value.
/// Called once per <see cref="TradingKernel.OnBarClose"/>; must not allocate per call on the hot path.
/// </summary>
public interface IAlphaModel
{
    /// <summary>A short name recorded in decisions (e.g. <c>sma-cross(20,50)</c> or a model id).</summary>
    string Name { get; }

    void Update(BarCloseContext context, Span<AlphaInsight> insights);
}
