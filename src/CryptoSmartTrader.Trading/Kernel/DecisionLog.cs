namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>An in-memory decision log (a growable list of structs: no allocation per decision beyond amortised growth).</summary>
public sealed class DecisionLog : IDecisionLog
{
    private readonly List<Decision> _items = [];

    public int Count => _items.Count;

    public IReadOnlyList<Decision> Items => _items;

    public void Record(in Decision decision) => _items.Add(decision);

    public void Clear() => _items.Clear();
}
