using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using Npgsql;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// What the cluster trading tests share: a replay of the first bars of the shared BTC/ETH dataset with a fast SMA
/// crossover (many orders, partial fills), the uninterrupted single-node SQLite run as the reference book, node
/// command lines, the lease holder as PostgreSQL records it, and the venue's own submission log.
/// </summary>
internal sealed class ClusterBook
{
    public sealed record VenueLine(string Node, long Token, string ClientOrderId);

    public ClusterBook(int bars)
    {
        Data = new ReplayDataset(bars);
        File.WriteAllText(Strategy, """{ "symbols": ["BTC/USDT", "ETH/USDT"], "sma": { "fast": 3, "slow": 8 } }""");
        Last = Data.Rows.Values.SelectMany(r => r).Max(r => r.Close);
    }

    public ReplayDataset Data { get; }
    public DateTimeOffset Last { get; }
    public string Strategy => Path.Combine(Data.Root, "strategy.json");
    public string VenueLog => Path.Combine(Data.Root, "venue.log");

    /// <summary>The book of one uninterrupted single-node run on SQLite (the embedded default).</summary>
    public async Task<BotStore> ReferenceAsync()
    {
        var db = Path.Combine(Data.Root, "reference", "cst.db");
        using (var bot = new CrashingBot(Common(db, 400)))
        {
            await Waiting.For(() => Cursor(db) >= Last, "the reference run never reached the last bar", 180);
        }

        return BotStore.Open(db);
    }

    public string[] Node(string node, string cluster, double speed, double leaseSeconds, string? crashAt) =>
    [
        .. Common(Path.Combine(Data.Root, node, "cst.db"), speed), "--cluster", cluster, "--node", node,
        "--Bot:Cluster:LeaseSeconds", leaseSeconds.ToString(CultureInfo.InvariantCulture), "--Bot:Engine:VenueLogPath", VenueLog,
        .. crashAt is null ? Array.Empty<string>() : ["--Bot:Engine:CrashAt", crashAt],
    ];

    public static async Task<(string Holder, long Token)?> HolderAsync(string connection)
    {
        try
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var cmd = new NpgsqlCommand("SELECT holder, token FROM bot_lease WHERE expires_at > clock_timestamp()", db);
            await using var r = await cmd.ExecuteReaderAsync();
            return await r.ReadAsync() ? (r.GetString(0), r.GetInt64(1)) : null;
        }
        catch (PostgresException)
        {
            return null; // no lease table yet: no node has migrated the schema
        }
    }

    public List<VenueLine> Venue()
    {
        if (!File.Exists(VenueLog)) return [];
        return File.ReadAllLines(VenueLog).Select(l => l.Split(',')).Where(f => f.Length == 4)
            .Select(f => new VenueLine(f[0], long.Parse(f[1], CultureInfo.InvariantCulture), f[2])).ToList();
    }

    /// <summary>SHA-256 of the order list (id, symbol, side, quantity, status, filled, created), in store order.</summary>
    public static string Hash(IEnumerable<PersistedOrder> orders) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", orders.Select(o => o.ToString())))));

    /// <summary>The shared book equals the reference: same orders (hash), fills, positions and cash; no fill booked twice;
    /// and by the venue's own log no two nodes ever submitted at once (fencing tokens never go back, one node per token).</summary>
    public void AssertSameBookAndOneTrader(BotStore expected, BotStore actual)
    {
        Assert.NotEmpty(expected.Fills());
        Assert.Equal(Hash(expected.Orders()), Hash(actual.Orders()));
        Assert.Equal(expected.Orders(), actual.Orders());
        Assert.Equal(expected.Fills(), actual.Fills());
        Assert.Equal(expected.Positions().OrderBy(p => p.Key), actual.Positions().OrderBy(p => p.Key));
        Assert.Equal(expected.Balances().OrderBy(p => p.Key), actual.Balances().OrderBy(p => p.Key));
        var fills = actual.Fills();
        Assert.Equal(fills.Count, fills.Select(f => (f.ClientOrderId, f.Seq)).Distinct().Count());
        foreach (var o in actual.Orders()) Assert.Equal(o.Filled, fills.Where(f => f.ClientOrderId == o.ClientOrderId).Sum(f => f.Quantity));

        var venue = Venue();
        Assert.NotEmpty(venue);
        for (var i = 1; i < venue.Count; i++)
        {
            Assert.True(venue[i].Token >= venue[i - 1].Token,
                $"venue line {i}: {venue[i].Node} submitted with token {venue[i].Token} after {venue[i - 1].Node} with token {venue[i - 1].Token}: two traders at once");
        }

        foreach (var g in venue.GroupBy(v => v.Token))
        {
            Assert.Single(g.Select(v => v.Node).Distinct());
            Assert.Equal(g.Count(), g.Select(v => v.ClientOrderId).Distinct().Count());
        }
    }

    public static DateTimeOffset Cursor(string sqlitePath)
    {
        if (!File.Exists(sqlitePath)) return DateTimeOffset.MinValue;
        using var store = BotStore.Open(sqlitePath);
        return store.Cursor() ?? DateTimeOffset.MinValue;
    }

    private string[] Common(string db, double speed) =>
    [
        "--mode", "Replay", "--db", db, "--datasets", Data.Datasets, "--speed", speed.ToString(CultureInfo.InvariantCulture), "--port", "0",
        "--Bot:Engine:ReplayLastBars", "0", "--Bot:MarketData:Source", "Replay", "--strategy", Strategy, "--job-store", "memory",
    ];
}
