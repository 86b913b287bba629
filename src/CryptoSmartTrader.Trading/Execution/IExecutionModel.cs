namespace CryptoSmartTrader.Trading.Execution;

/// <summary>Chooses how an approved intent is worked (LEAN's execution model). The kernel carries the plan out bar by bar.</summary>
public interface IExecutionModel
{
    ExecutionPlan Plan(in ExecutionIntent intent);
}
