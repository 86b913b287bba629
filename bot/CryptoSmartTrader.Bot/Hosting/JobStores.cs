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

        if (string.Equals(kind, "memory", StringComparison.OrdinalIgnoreCase))
        {
            q.UseInMemoryStore();
            return;
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(options.DbPath)) ?? ".";
        Directory.CreateDirectory(dir);
        SQLitePCL.Batteries_V2.Init();
        q.UsePersistentStore(s =>
        {
            s.UseSqlite($"Data Source={Path.Combine(dir, "quartz.db")}");
            s.ProvisionSchema();
            s.UseSystemTextJsonSerializer(_ => { });
        });
    }
}
