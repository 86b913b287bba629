namespace CryptoSmartTrader.Trading.Kernel;

/// <summary>
/// The kernel's current time and the counters of the step in progress, shared by the kernel's collaborators (order
/// router, plan executor, protective stops, market feed) so that every one of them stamps decisions with the same time.
/// </summary>
internal sealed class KernelStepState(TimeProvider time)
{
    public DateTimeOffset Now { get; private set; }
    public long NowMs { get; private set; }

    /// <summary>The bar close being handled (null before the first one).</summary>
    public BarCloseContext? Context { get; private set; }

    public int Orders { get; set; }
    public int Fills { get; set; }

    public void Begin(BarCloseContext context)
    {
        Context = context;
        Now = context.Time;
        NowMs = context.TimeMs;
        Orders = 0;
        Fills = 0;
    }

    /// <summary>Calls outside a bar close are stamped with the clock, never earlier than the last bar close.</summary>
    public void Touch()
    {
        var now = time.GetUtcNow();
        if (now > Now)
        {
            Now = now;
            NowMs = now.ToUnixTimeMilliseconds();
        }
    }
}
