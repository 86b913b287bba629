using System.Diagnostics;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.State;

namespace CryptoSmartTrader.Bot.Engine;

/// <summary>
/// One bar close end to end, under the session gate: the operator's journaled actions due before it, the kernel step
/// (alpha, risk, orders, fills), then status, alerts and the step's commit. Used by the trading cycle and by recovery.
/// </summary>
internal sealed class StepRunner(CyclePublisher publisher, TradingControl control, BotStatus status)
{
    /// <summary>Latency of each traded bar close (recovery re-runs are not counted).</summary>
    public CycleTimings Cycles { get; } = new();

    public void Run(BotSession session, BarBatch batch, bool persist)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = ThreadCpuTime.Now();
        lock (session.Gate)
        {
            control.ApplyJournal(session, batch.CloseTime);
            var step = session.Step(batch.CloseTime, batch.Bars);
            publisher.Publish(session, step, persist);
        }

        if (!persist) return;
        var elapsed = Stopwatch.GetElapsedTime(started);
        Cycles.Record(elapsed, ThreadCpuTime.Now() - cpu);
        status.Metrics.ObserveCycle(elapsed);
    }

    /// <summary>Warm-up on past bars (live data): the kernel's indicators and health move, every order is refused, nothing is published.</summary>
    public static void WarmUp(BotSession session, BarBatch batch)
    {
        lock (session.Gate)
        {
            session.Step(batch.CloseTime, batch.Bars);
            session.DrainDecisions();
        }
    }
}
