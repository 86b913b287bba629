namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// Two bot nodes share a clustered Quartz store on PostgreSQL. One is killed with SIGKILL; the other keeps running the
/// jobs, and across both nodes no scheduled run ever executes twice.
/// </summary>
public sealed class ClusterFailoverTests
{
    private sealed record Run(string Node, string Job, string Scheduled);

    [Fact]
    public async Task Survivor_takes_over_and_no_run_happens_twice()
    {
        await using var pg = await PostgresServer.StartAsync();
        var log = Path.Combine(Directory.CreateTempSubdirectory("cst-cluster-").FullName, "jobs.log");
        string[] Common(string node) =>
        [
            // Shadow mode, a store per node and no dataset: this test is about the scheduler, not about trading.
            "--port", "0", "--cluster", pg.ConnectionString, "--node", node, "--Bot:JobLogPath", log, "--mode", "shadow",
            "--db", Path.Combine(Path.GetDirectoryName(log)!, node + ".db"), "--datasets", Path.Combine(Path.GetDirectoryName(log)!, "no-datasets"),
            "--Bot:Schedules:Heartbeat", "0/1 * * * * ?", "--Bot:Schedules:DataHealth", "0/2 * * * * ?",
        ];

        using var n1 = BotProcess.Start(Common("n1"));
        await WaitFor(() => Read(log).Any(r => r.Node == "n1"), "node n1 never ran a job");
        using var n2 = BotProcess.Start(Common("n2"));
        // Quartz does not promise to spread runs across nodes, so n2 may stay idle while n1 lives; it only has to be up.
        await WaitFor(() => n2.Started, "node n2 never started");
        await WaitFor(() => Read(log).Count(r => r.Job == "heartbeat") >= 4, "no heartbeats while both nodes ran");

        n1.Kill();
        var runsAtKill = Read(log).Count;
        await WaitFor(() => Read(log).Skip(runsAtKill).Count(r => r.Node == "n2" && r.Job == "heartbeat") >= 8,
            "node n2 did not keep running the heartbeat after n1 was killed");
        Assert.False(n2.HasExited);

        var runs = Read(log);
        var duplicates = runs.GroupBy(r => (r.Job, r.Scheduled)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Job}@{g.Key.Scheduled} by {string.Join("+", g.Select(r => r.Node))}").ToList();
        Assert.True(duplicates.Count == 0, "runs executed twice: " + string.Join(", ", duplicates));
        Assert.Contains(runs, r => r.Node == "n1");
        Assert.True(runs.Skip(runsAtKill).All(r => r.Node == "n2"), "a killed node cannot run jobs");
    }

    private static List<Run> Read(string path)
    {
        if (!File.Exists(path)) return [];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(','))
            .Where(f => f.Length >= 3)
            .Select(f => new Run(f[0], f[1], f[2]))
            .ToList();
    }

    private static async Task WaitFor(Func<bool> condition, string failure)
    {
        // A generous bound for a loaded 2-core machine; this is a liveness check, not a timing assertion.
        for (var i = 0; i < 600; i++)
        {
            if (condition()) return;
            await Task.Delay(100);
        }

        Assert.Fail(failure);
    }
}
