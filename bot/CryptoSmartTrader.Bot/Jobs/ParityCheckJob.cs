using CryptoSmartTrader.Bot.Alerts;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Parity;
using CryptoSmartTrader.Bot.State;
using Quartz;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>
/// The continuous parity check as its own Quartz job rather than a step of the publisher: the replay re-runs the whole
/// traded history (O(bars)), which would land on the trading cycle's latency under the session gate if it ran after each
/// step; as a job it runs off the trading path, never twice at once, and a failure is recorded and alerted like any job's.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ParityCheckJob(ParityMonitor monitor, BotStatus status, AlertDispatcher alerts, TimeProvider time, JobRunLog log, BotRuntime bot)
    : BotJob(status, alerts, time, log, bot)
{
    public const string JobName = "parity-check";

    public override string Name => JobName;

    protected override Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var report = monitor.Check();
        return Task.FromResult($"{report.Verdict}: {report.Reason}");
    }
}
