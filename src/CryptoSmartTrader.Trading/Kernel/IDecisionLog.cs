namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>Receives every decision the kernel makes. Implementations must be cheap: it is called on the bar-close path.</summary>
public interface IDecisionLog
{
    void Record(in Decision decision);
}
