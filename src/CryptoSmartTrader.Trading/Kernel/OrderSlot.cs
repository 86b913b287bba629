using CryptoSmartTrader.Core.Orders;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>A working order as the kernel tracks it: the order, its symbol index, and the algorithm that sent it (if any).</summary>
internal sealed class OrderSlot(Order order, int symbolIndex, ExecutionAlgorithm? algorithm, bool protective = false)
{
    /// <summary>A protective stop: it is not counted as pending (the position it protects is the target's, not extra exposure).</summary>
    public bool Protective { get; } = protective;

    public Order Order { get; } = order;
    public int SymbolIndex { get; } = symbolIndex;
    public ExecutionAlgorithm? Algorithm { get; } = algorithm;

    /// <summary>Signed remaining quantity counted as pending in the exposure book.</summary>
    public double PendingSigned { get; set; }
}
