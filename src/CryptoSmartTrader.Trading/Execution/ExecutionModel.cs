namespace CryptoSmartTrader.Trading.Execution;

/// <summary>The default execution model: one style for every intent, priced from the reference price.</summary>
public sealed class ExecutionModel : IExecutionModel
{
    private readonly ExecutionOptions _options;

    public ExecutionModel(ExecutionOptions? options = null)
    {
        _options = options ?? new ExecutionOptions();
        _options.Validate();
    }

    public ExecutionPlan Plan(in ExecutionIntent intent)
    {
        var o = _options;
        var passive = intent.ReferencePrice * (1 - Math.Sign(intent.SignedQuantity) * o.LimitOffsetBps / 10_000);
        return o.Style switch
        {
            ExecutionStyle.Market => new ExecutionPlan(ExecutionStyle.Market),
            ExecutionStyle.Twap => new ExecutionPlan(ExecutionStyle.Twap, Slices: o.TwapSlices, IntervalMs: (long)(o.TwapPeriod.TotalMilliseconds / o.TwapSlices)),
            ExecutionStyle.Iceberg => new ExecutionPlan(ExecutionStyle.Iceberg, passive, VisibleQuantity: Math.Abs(intent.SignedQuantity) * o.IcebergVisibleFraction,
                RepriceAfterBars: o.RepriceAfterBars, MaxReprices: o.MaxReprices, LimitOffsetBps: o.LimitOffsetBps),
            _ => new ExecutionPlan(o.Style, passive, RepriceAfterBars: o.RepriceAfterBars, MaxReprices: o.MaxReprices, LimitOffsetBps: o.LimitOffsetBps),
        };
    }
}
