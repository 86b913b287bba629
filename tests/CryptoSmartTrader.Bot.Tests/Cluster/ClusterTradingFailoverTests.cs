using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.Tests.Replay;
using Npgsql;
using Xunit.Abstractions;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// Cluster mode end to end with real processes and a real PostgreSQL: three paper nodes replay the shared data; the
/// trading node is killed (SIGKILL) at many points of the order flow and at random moments, a standby takes the lease,
/// recovers from the shared state and trades on. The final book must equal an uninterrupted single-node run.
/// </summary>
public sealed class ClusterTradingFailoverTests(ITestOutputHelper output)
{
    // Crash points inside the order flow (the trader kills itself the N-th time it gets there), then SIGKILLs from
    // outside: "kill:MS" some milliseconds after the new trader committed its first step, "boot:MS" that long after it took
    // the lease (while it recovers from the shared state). Each one that lands before the end is a kill point.
    private static readonly string[] Kills =
    [
        "after-intent:1", "after-submit:1", "after-fill:1", "after-step:5", "after-intent:2", "after-fill:2", "after-submit:3", "after-fill:4",
        "after-intent:4", "after-fill:3", "after-step:12", "after-submit:2", "after-intent:3", "after-fill:6", "after-step:3", "after-submit:5",
        "kill:300", "boot:900", "kill:600", "kill:100", "kill:400", "boot:300", "kill:700", "kill:200",
    ];

    [Fact]
    public async Task Killing_the_trader_anywhere_leaves_one_book_equal_to_an_uninterrupted_run()
    {
        await using var pg = await PostgresServer.StartAsync();
        var book = new ClusterBook(600);
        using var expected = await book.ReferenceAsync();

        var next = 0;
        var killed = 0;
        // A restarted node keeps its name, so it is the trader only once it holds a newer token than the one it started under.
        var nodes = new Dictionary<string, (BotProcess Process, string? Spec, long StartToken)>();
        async Task StartAsync(string node)
        {
            var spec = next < Kills.Length ? Kills[next++] : null;
            var token = (await ClusterBook.HolderAsync(pg.ConnectionString))?.Token ?? 0;
            nodes[node] = (BotProcess.Start(book.Node(node, pg.ConnectionString, 40, 2, spec is { } s && s.StartsWith("after-", StringComparison.Ordinal) ? s : null)), spec, token);
        }

        foreach (var n in new[] { "n1", "n2", "n3" }) await StartAsync(n);
        using var shared = BotStore.OpenPostgres(pg.ConnectionString);
        var random = new Random(11);
        (string Holder, long Token)? seen = null;
        var since = DateTime.UtcNow;
        var takeoverCursor = DateTimeOffset.MinValue;
        DateTime? traded = null;
        await Waiting.For(async () =>
        {
            if ((shared.Cursor() ?? DateTimeOffset.MinValue) >= book.Last) return true;
            var holder = await ClusterBook.HolderAsync(pg.ConnectionString);
            var cursor = shared.Cursor() ?? DateTimeOffset.MinValue;
            if (holder != seen) (seen, since, takeoverCursor, traded) = (holder, DateTime.UtcNow, cursor, null);
            if (traded is null && cursor > takeoverCursor) traded = DateTime.UtcNow;
            foreach (var (node, (process, spec, startToken)) in nodes.ToList())
            {
                var trading = holder?.Holder == node && holder.Value.Token > startToken;
                var from = spec?.StartsWith("kill:", StringComparison.Ordinal) == true ? traded : spec?.StartsWith("boot:", StringComparison.Ordinal) == true ? since : null;
                if (trading && from is { } t0 && DateTime.UtcNow - t0 > TimeSpan.FromMilliseconds(int.Parse(spec![5..], System.Globalization.CultureInfo.InvariantCulture) + random.Next(100)))
                {
                    process.Kill();
                }

                if (!process.HasExited) continue;
                if ((shared.Cursor() ?? DateTimeOffset.MinValue) < book.Last) killed++;
                output.WriteLine($"{node} ({spec}) died at cursor {shared.Cursor():O}; lease {holder}");
                process.Dispose();
                await StartAsync(node);
            }

            return false;
        }, "the cluster never traded to the last bar", 900);

        foreach (var (node, (p, _, _)) in nodes)
        {
            // A live node that lost its lease (renewal late on a loaded machine) stays up, says why, and stands by again.
            if (p.Printed("stopped trading") is { } why) output.WriteLine($"{node} alive but stopped: {why}");
            p.Dispose();
        }

        var tokens = book.Venue().Select(v => v.Token).Distinct().Count();
        output.WriteLine($"{killed} kill points, {tokens} traders (lease tokens) submitted orders; order-list hash {ClusterBook.Hash(shared.Orders())}");
        Assert.True(killed >= 20, $"only {killed} trading nodes were killed before the end");
        book.AssertSameBookAndOneTrader(expected, shared);
        NpgsqlConnection.ClearAllPools();
    }
}
