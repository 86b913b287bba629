using CryptoSmartTrader.Trading.Kernel;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>Collects the decisions of the current step; the session persists and publishes them when the step ends.</summary>
internal sealed class StepDecisionLog : IDecisionLog
{
    private readonly List<Decision> _items = [];

    public long Total { get; private set; }

    public void Record(in Decision decision)
    {
        _items.Add(decision);
        Total++;
    }

    public IReadOnlyList<Decision> Drain()
    {
        var copy = _items.ToArray();
        _items.Clear();
        return copy;
    }
}
