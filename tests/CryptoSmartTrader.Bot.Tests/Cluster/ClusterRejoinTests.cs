using CryptoSmartTrader.Bot.Tests.Replay;
using Npgsql;
using Xunit.Abstractions;

namespace CryptoSmartTrader.Bot.Tests.Cluster;

/// <summary>
/// A trader that loses the lease while alive (its relay to PostgreSQL cut, then healed) drops its run and stands by
/// again without a restart; the other node trades. When that one is killed (SIGKILL) the first node wins the lease back,
/// rebuilds from the shared state and trades to the end: the book equals an uninterrupted run, one trader at a time.
/// </summary>
public sealed class ClusterRejoinTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_trader_that_lost_the_lease_rejoins_as_standby_and_takes_over_again_with_the_same_book()
    {
        await using var pg = await PostgresServer.StartAsync();
        var book = new ClusterBook(600);
        using var expected = await book.ReferenceAsync();
        using var cluster = await RelayedCluster.StartAsync(pg, book);
        var (proxy, n1, n2, shared) = (cluster.Proxy, cluster.N1, cluster.N2, cluster.Shared);
        var firstToken = cluster.FirstToken;

        proxy.Cut();
        await Waiting.For(() => n1.Printed("stopped trading") is not null, "n1 never said it stopped trading", 120);
        await Waiting.For(async () => (await ClusterBook.HolderAsync(pg.ConnectionString))?.Holder == "n2", "n2 never took the lease", 120);
        var n2Token = (await ClusterBook.HolderAsync(pg.ConnectionString))!.Value.Token;
        proxy.Heal();

        // n1 is alive, a standby again, and its page says so and why it lost the lease.
        await Waiting.For(() => n1.Printed("stands by for the lease again") is not null, "n1 never stood by again", 120);
        using var http = new HttpClient();
        await Waiting.For(async () => await RoleAsync(http, n1) == "standby", "n1's page never said it is a standby", 60);
        using (var view = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(n1.Url!, "api/cluster"))))
        {
            Assert.Equal("n2", view.RootElement.GetProperty("lease").GetProperty("holder").GetString());
            Assert.Contains("stopped trading", view.RootElement.GetProperty("stopped").GetString(), StringComparison.Ordinal);
            output.WriteLine($"n1 standby: {view.RootElement.GetProperty("stopped").GetString()}");
        }

        // n2 trades for a while, then dies the hard way; n1 wins the lease back and trades on to the last bar.
        await Waiting.For(() => book.Venue().Any(v => v.Node == "n2"), "n2 never submitted an order", 180);
        Assert.True((shared.Cursor() ?? DateTimeOffset.MaxValue) < book.Last, "the replay ended before n2 could be killed: give it more bars");
        n2.Kill();
        await Waiting.For(async () => (await ClusterBook.HolderAsync(pg.ConnectionString)) is { Holder: "n1" } h && h.Token > n2Token,
            "n1 never took the lease back", 120);
        var thirdToken = (await ClusterBook.HolderAsync(pg.ConnectionString))!.Value.Token;
        await Waiting.For(() => (shared.Cursor() ?? DateTimeOffset.MinValue) >= book.Last, "n1 never traded to the last bar", 300);

        Assert.False(n1.HasExited, "n1 rejoined without a restart");
        Assert.Equal("trading", await RoleAsync(http, n1));
        var venue = book.Venue();
        output.WriteLine($"tokens n1 {firstToken}, n2 {n2Token}, n1 again {thirdToken}; venue lines {string.Join(", ", venue.GroupBy(v => (v.Node, v.Token)).Select(g => $"{g.Key.Node}/{g.Key.Token}: {g.Count()}"))}");
        Assert.Contains(venue, v => v.Node == "n1" && v.Token == firstToken);
        Assert.Contains(venue, v => v.Node == "n2" && v.Token == n2Token);
        Assert.Contains(venue, v => v.Node == "n1" && v.Token == thirdToken);
        var orders = shared.Orders();
        Assert.Equal(orders.Count, orders.Select(o => o.ClientOrderId).Distinct().Count());
        book.AssertSameBookAndOneTrader(expected, shared);
        NpgsqlConnection.ClearAllPools();
    }

    private static async Task<string?> RoleAsync(HttpClient http, BotProcess node)
    {
        using var view = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(node.Url!, "api/cluster")));
        return view.RootElement.GetProperty("role").GetString();
    }
}
