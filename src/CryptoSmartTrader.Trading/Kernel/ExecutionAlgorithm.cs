using CryptoSmartTrader.Trading.Execution;

namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The state of one parent order worked over several bars (limit with reprices, post-only, TWAP, iceberg).
/// <see cref="PlanExecutor"/> drives it: it submits the children and is told their ends by the <see cref="OrderRouter"/>.
/// </summary>
internal sealed class ExecutionAlgorithm(ExecutionIntent intent, ExecutionPlan plan)
{
    public ExecutionIntent Intent { get; } = intent;
    public ExecutionPlan Plan { get; } = plan;
    public int Sign { get; } = Math.Sign(intent.SignedQuantity);
    public double Total { get; } = Math.Abs(intent.SignedQuantity);

    /// <summary>Quantity handed to children that are filled or still working.</summary>
    public double Committed { get; set; }

    public int SlicesSent { get; set; }
    public long NextSliceMs { get; set; }
    public OrderSlot? Child { get; set; }
    public int BarsResting { get; set; }
    public int Reprices { get; set; }
    public bool Done { get; set; }

    public double Unsent => Math.Max(0, Total - Committed);
}
