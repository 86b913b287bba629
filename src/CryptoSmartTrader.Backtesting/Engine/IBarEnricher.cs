using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Backtesting.Engine;

/// <summary>
/// Adds what is known at a bar close besides the bars — predictions, order books, data-quality verdicts — to the
/// context before the kernel sees it. Called with the same inputs in backtest and live paths; must only use data that
/// closed at or before <see cref="BarCloseContext.Time"/>.
/// </summary>
public interface IBarEnricher
{
    void Enrich(BarCloseContext context);
}
