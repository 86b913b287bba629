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

    public bool PlacesProtectiveStops => _options.StopLossPercent > 0;

    public ProtectiveStop? StopFor(int symbolIndex, double position, double averageEntryPrice)
    {
        if (!(_options.StopLossPercent > 0) || position == 0 || !(averageEntryPrice > 0)) return null;
        var side = Math.Sign(position); // a long is protected by a sell stop below the entry, a short by a buy stop above it
        var stop = averageEntryPrice * (1 - side * _options.StopLossPercent / 100);
        var limit = _options.StopLimitOffsetBps is { } bps ? stop * (1 - side * bps / 10_000) : double.NaN;
        return new ProtectiveStop(stop, limit);
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
