using System.Security.Cryptography;
using System.Text;
using Quartz;

namespace CryptoSmartTrader.Bot.Hosting;

/// <summary>
/// Where Quartz keeps its jobs: PostgreSQL (clustered) when a cluster connection string is set, otherwise SQLite beside
/// the store (embedded, non-clustered; Quartz refuses SQLite clustering), or memory when asked (tests).
/// </summary>
internal static class JobStores
{
    public static void Configure(IQuartzBuilder q, BotOptions options, string? kind)
    {
        if (!string.IsNullOrWhiteSpace(options.ClusterConnectionString))
        {
            q.UsePersistentStore(s =>
            {
                s.UsePostgres(options.ClusterConnectionString);
                s.ProvisionSchema();
                s.UseSystemTextJsonSerializer(_ => { });
                s.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(2);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(6);
                });
            });
            return;
        }

        // Quartz wants a scheduler name unique within the process (QuartzSchedulerOptions.InstanceName: its repository of
        // schedulers is process-wide and looked up by name); two bot hosts in one process (tests, an embedding application) would
        // both register the default name. Outside a cluster (whose nodes must share the name) each host gets its own: a fresh
        // name for memory, a name derived from the SQLite file so that a restart finds its stored jobs again.
        if (string.Equals(kind, "memory", StringComparison.OrdinalIgnoreCase))
        {
            var name = "cst-memory-" + Guid.NewGuid().ToString("N");
            q.ConfigureScheduler(s => s.InstanceName = name);
            q.UseInMemoryStore();
            return;
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(options.DbPath)) ?? ".";
        Directory.CreateDirectory(dir);
        SQLitePCL.Batteries_V2.Init();
        var file = Path.Combine(dir, "quartz.db");
        var scheduler = "cst-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)))[..16];
        q.ConfigureScheduler(s => s.InstanceName = scheduler);
        q.UsePersistentStore(s =>
        {
            s.UseSqlite($"Data Source={file}");
            s.ProvisionSchema();
            s.UseSystemTextJsonSerializer(_ => { });
        });
    }
}
