using System.Diagnostics;
using CryptoSmartTrader.Backtesting.Live;
using CryptoSmartTrader.Bot.Engine;

namespace CryptoSmartTrader.Bot.Jobs;

internal sealed partial class BotEngine
{
    /// <summary>Latency of each traded bar close (recovery re-runs are not counted).</summary>
    public CycleTimings Cycles { get; } = new();

    // One bar close end to end: kernel step (alpha, risk, orders, fills) then status, alerts and the step's commit.
    private void RunCycle(BotSession session, BarBatch batch, bool persist)
    {
        var started = Stopwatch.GetTimestamp();
        var cpu = ThreadCpuTime.Now();
        lock (session.Gate)
        {
            var step = session.Step(batch.CloseTime, batch.Bars);
            Publish(session, step, persist);
        }

        if (!persist) return;
        var elapsed = Stopwatch.GetElapsedTime(started);
        Cycles.Record(elapsed, ThreadCpuTime.Now() - cpu);
        status.Metrics.ObserveCycle(elapsed);
    }
}
