using CryptoSmartTrader.Core.Collections;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>An in-memory decision log (chunks of structs: no allocation per decision, and no copying as it grows).</summary>
public sealed class DecisionLog : IDecisionLog
{
    private readonly AppendOnlyList<Decision> _items = new();

    public int Count => _items.Count;

    public IReadOnlyList<Decision> Items => _items;

    public void Record(in Decision decision) => _items.Add(decision);

    public void Clear() => _items.Clear();
}
