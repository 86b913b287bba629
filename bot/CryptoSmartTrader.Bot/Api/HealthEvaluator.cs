using CryptoSmartTrader.Bot.State;

namespace CryptoSmartTrader.Bot.Api;

/// <summary>Liveness (the process answers) and readiness (it can trade or say why not), with reasons.</summary>
internal sealed class HealthEvaluator(TimeProvider time)
{
    public static readonly TimeSpan HeartbeatTimeout = TimeSpan.FromMinutes(2);

    public HealthReport Evaluate(BotStatus status)
    {
        var reasons = new List<string>();
        var heartbeat = status.Jobs().FirstOrDefault(j => j.Name == "heartbeat");
        if (heartbeat?.LastRun is { } last && time.GetUtcNow() - last > HeartbeatTimeout)
        {
            reasons.Add($"scheduler heartbeat is {(time.GetUtcNow() - last).TotalSeconds:0} s old");
        }

        foreach (var job in status.Jobs().Where(j => j.Outcome.StartsWith("failed", StringComparison.Ordinal)))
        {
            reasons.Add($"job {job.Name} {job.Outcome}");
        }

        reasons.AddRange(status.Overview().Notices);
        return new HealthReport(Live: true, Ready: reasons.Count == 0, reasons);
    }
}

internal sealed record HealthReport(bool Live, bool Ready, IReadOnlyList<string> Reasons);
