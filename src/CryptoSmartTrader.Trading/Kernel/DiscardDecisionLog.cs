namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// A decision log that keeps nothing, for runs whose output has no decisions (a sweep cell keeps only its statistics
/// and order-list hash): a 1M-bar run records about 170,000 decisions, 12 MB that nobody reads there.
/// </summary>
public sealed class DiscardDecisionLog : IDecisionLog
{
    public static DiscardDecisionLog Instance { get; } = new();

    private DiscardDecisionLog()
    {
    }

    public void Record(in Decision decision)
    {
    }
}
