using System.Globalization;
using CryptoSmartTrader.Bot.Hosting;

namespace CryptoSmartTrader.Bot.Jobs;

/// <summary>Appends <c>node,job,scheduledFireTimeUtc,outcome</c> lines when <see cref="BotOptions.JobLogPath"/> is set.
/// Each line is written and flushed on its own so a killed process loses at most the run in progress.</summary>
internal sealed class JobRunLog(BotOptions options)
{
    private readonly object _gate = new();

    public void Append(string job, DateTimeOffset scheduledFireTime, string outcome)
    {
        if (string.IsNullOrWhiteSpace(options.JobLogPath))
        {
            return;
        }

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{options.NodeId},{job},{scheduledFireTime.ToUniversalTime():yyyy-MM-ddTHH:mm:ss.fffZ},{outcome}\n");
        lock (_gate)
        {
            using var stream = new FileStream(options.JobLogPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            using var writer = new StreamWriter(stream);
            writer.Write(line);
        }
    }
}
