using System.Diagnostics;
using System.Globalization;
using CryptoSmartTrader.Bot.Engine;
using CryptoSmartTrader.Bot.Hosting;
using CryptoSmartTrader.Bot.Persistence;
using CryptoSmartTrader.Bot.State;
using Microsoft.Extensions.Logging;

namespace CryptoSmartTrader.Bot.Cluster;

/// <summary>
/// Cluster mode's "exactly one trader": a node waits as a standby until it gets the trading lease, then builds its run
/// from the shared store (crash recovery re-runs the committed steps) and trades while it keeps renewing the lease.
/// A node that cannot renew in time (lease taken, or PostgreSQL out of reach for a whole lease) stops trading and says
/// why; its late writes are refused anyway by the fencing token checked in each write transaction. Then
/// <see cref="StandDownAsync"/> makes it a standby again, which competes for the lease like any other.
/// </summary>
internal sealed class ClusterCoordinator(BotOptions options, BotRuntime runtime, BotStatus status, ILogger<ClusterCoordinator> logger)
{
    private TradingLease? _lease;
    private volatile string _role = "standby";
    private volatile string? _lost;
    private CancellationTokenSource? _term;
    private Task _keep = Task.CompletedTask;

    public bool Enabled => !string.IsNullOrWhiteSpace(options.ClusterConnectionString);

    /// <summary>The lease this node trades under; null while standing by.</summary>
    public LeaseFence? Held { get; private set; }

    /// <summary>Waits (heartbeating as a standby) until this node holds the trading lease, then keeps renewing it in the background.</summary>
    public async Task<LeaseFence> AcquireAsync(CancellationToken ct)
    {
        runtime.OpenStore(options.DbPath); // migrates the shared schema, lease table included
        var lease = _lease ??= new TradingLease(options.ClusterConnectionString!, options.Cluster, options.NodeId);
        status.AddNotice($"cluster: node {options.NodeId} standing by for the trading lease '{options.Cluster.LeaseName}'");
        while (true)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await lease.HeartbeatAsync(_role, ct);
                if (await lease.TryAcquireAsync(ct) is { } fence)
                {
                    Held = fence;
                    _role = "trading";
                    _lost = null;
                    var msg = $"cluster: node {options.NodeId} holds the trading lease (token {fence.Token}) and trades from the shared store";
                    logger.LogInformation("{Message}", msg);
                    status.AddNotice(msg);
                    _term = CancellationTokenSource.CreateLinkedTokenSource(ct);
                    var term = _term.Token;
                    _keep = Task.Run(() => KeepAsync(lease, fence, started, term), CancellationToken.None);
                    return fence;
                }
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
            {
                logger.LogWarning("cluster: lease not reachable: {Error}", ex.Message);
            }

            await Task.Delay(options.Cluster.Renew, ct);
        }
    }

    /// <summary>
    /// After this node stopped trading: ends the renewal of the lost lease (so it can never act on a later run) and
    /// remembers why it was lost for the page; the node then stands by again through <see cref="AcquireAsync"/>.
    /// </summary>
    public async Task StandDownAsync()
    {
        if (_term is { } term) await term.CancelAsync();
        await _keep;
        _term?.Dispose();
        _term = null;
        Held = null;
        _lost = runtime.Fenced;
        _role = "standby";
        var msg = $"cluster: node {options.NodeId} dropped its run and stands by for the lease again (it lost the lease: {_lost})";
        logger.LogInformation("{Message}", msg);
        status.AddNotice(msg);
    }

    /// <summary>The lease and the nodes as the database sees them (/api/cluster).</summary>
    public async Task<ClusterView> ViewAsync(CancellationToken ct)
    {
        if (!Enabled) return new ClusterView(false, options.NodeId, options.Cluster.LeaseName, options.Cluster.LeaseSeconds, null, [], null, "single");
        var lease = _lease ?? new TradingLease(options.ClusterConnectionString!, options.Cluster, options.NodeId);
        try
        {
            return await lease.ReadAsync(ct) with { Stopped = runtime.Fenced ?? _lost, Role = _role };
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
        {
            return new ClusterView(true, options.NodeId, options.Cluster.LeaseName, options.Cluster.LeaseSeconds, null, [],
                runtime.Fenced ?? _lost ?? $"PostgreSQL not reachable: {ex.Message}", _role);
        }
    }

    // Renews every third of the lease. The lease is judged lost by this node's own monotonic clock from the start of its
    // last successful renewal, which is never later than the database's expiry: the node stops before another can take over.
    private async Task KeepAsync(TradingLease lease, LeaseFence fence, long lastRenewStart, CancellationToken ct)
    {
        try
        {
            while (runtime.Fenced is null)
            {
                await Task.Delay(options.Cluster.Renew, ct);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    if (!await lease.RenewAsync(fence, ct))
                    {
                        Stop($"the lease (token {fence.Token}) expired or went to another node before it could be renewed");
                        break;
                    }

                    lastRenewStart = started;
                    await lease.HeartbeatAsync(_role, ct);
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or TimeoutException)
                {
                    var silent = Stopwatch.GetElapsedTime(lastRenewStart);
                    logger.LogWarning("cluster: lease renewal failed ({Seconds:F1} s since the last one): {Error}", silent.TotalSeconds, ex.Message);
                    if (silent >= options.Cluster.Lease)
                    {
                        Stop(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL was out of reach for {silent.TotalSeconds:F1} s, a whole lease ({options.Cluster.LeaseSeconds} s): {ex.Message}"));
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private void Stop(string reason)
    {
        _role = "stopped";
        var msg = $"cluster: node {options.NodeId} stopped trading: {reason}. It drops its run and stands by for the lease again.";
        runtime.Fence(msg);
        logger.LogWarning("{Message}", msg);
        status.AddNotice(msg);
    }
}
