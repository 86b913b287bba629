namespace CryptoSmartTrader.Trading.Execution;

/// <summary>Chooses how an approved intent is worked (LEAN's execution model). The kernel carries the plan out bar by bar.</summary>
public interface IExecutionModel
{
    ExecutionPlan Plan(in ExecutionIntent intent);

    /// <summary>True when <see cref="StopFor"/> may return a stop; lets the kernel skip the per-bar check otherwise.</summary>
    bool PlacesProtectiveStops => false;

    /// <summary>
    /// The protective stop to keep working for an open position of <paramref name="position"/> (signed, base units)
    /// entered at <paramref name="averageEntryPrice"/>, or null for none. The kernel sends it through the risk engine
    /// once the entry has filled and cancels it when the position is closed or changed.
    /// </summary>
    ProtectiveStop? StopFor(int symbolIndex, double position, double averageEntryPrice) => null;
}
