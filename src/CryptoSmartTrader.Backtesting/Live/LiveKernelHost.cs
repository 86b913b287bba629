using System.Threading.Channels;
using CryptoSmartTrader.Backtesting.Engine;

namespace CryptoSmartTrader.Backtesting.Live;

/// <summary>
/// The consumer side of the live path: reads bar batches from a channel and drives the same <see cref="KernelSession"/>
/// (and so the same kernel) the backtest runner drives. The session's clock is the outside clock (system time live,
/// a manual clock in tests); the kernel refuses a batch stamped after it. Bars closing before
/// <paramref name="tradingFrom"/> warm the kernel without trading, exactly as in a backtest.
/// </summary>
public static class LiveKernelHost
{
    public static async Task<int> RunAsync(ChannelReader<BarBatch> reader, KernelSession session, DateTimeOffset tradingFrom,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(session);
        var steps = 0;
        DateTimeOffset? last = null;
        await foreach (var batch in reader.ReadAllAsync(cancellationToken))
        {
            if (last is { } l && batch.CloseTime <= l)
            {
                // A late or repeated batch cannot be traded on without rewriting history; it is reported, not applied.
                session.Kernel.ReportSystemError($"feed: batch at {batch.CloseTime:O} is not after the previous one at {l:O}");
                continue;
            }

            last = batch.CloseTime;
            session.Trading = batch.CloseTime >= tradingFrom;
            session.BeginStep(batch.CloseTime);
            foreach (var (symbol, bar) in batch.Bars)
            {
                session.AddBar(symbol, bar);
            }

            session.EndStep();
            steps++;
        }

        return steps;
    }
}
